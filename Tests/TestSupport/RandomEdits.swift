/// `text` with up to two random edits: a piece from `pieces` inserted, or put in place of
/// one character. For tests that hold two readers of the same text to the same answers on
/// documents near valid ones.
public func randomlyEdited(_ text: String, pieces: [String], using rng: inout SplitMix64) -> String {
    var scalars = Array(text.unicodeScalars)
    for _ in 0..<Int.random(in: 0...2, using: &rng) {
        let at = Int.random(in: 0...scalars.count, using: &rng)
        let piece = pieces.randomElement(using: &rng)!.unicodeScalars
        if Bool.random(using: &rng), at < scalars.count {
            scalars.replaceSubrange(at..<(at + 1), with: piece)
        } else {
            scalars.insert(contentsOf: piece, at: at)
        }
    }
    return String(String.UnicodeScalarView(scalars))
}
