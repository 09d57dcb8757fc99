/// Glob matching in time linear in the text (times the length of the longest run between
/// stars, divided by 64), whatever the pattern.
///
/// The pattern is split at its stars into segments of items that each match exactly one
/// character, or a run of literal bytes. The first segment must match at the start, the
/// last at the end, and every segment between stars at its leftmost place after the one
/// before (taking the leftmost match leaves the most room for the rest, so this finds a
/// match whenever there is one). The leftmost place is found with a bit-parallel scan
/// (shift-and): one pass over the text, keeping for every prefix of the segment whether
/// it ends at the current character.
struct GlobSearch: Sendable {
    /// One character-matching step of a segment.
    enum Step: Sendable {
        case scalar(UInt32)
        case any
        case set([ClosedRange<UInt32>], negated: Bool)

        func accepts(_ c: UInt32) -> Bool {
            switch self {
            case .scalar(let v): return v == c
            case .any: return true
            case .set(let ranges, let negated):
                var inSet = false
                for r in ranges where r.contains(c) { inSet = true; break }
                return inSet != negated
            }
        }
    }

    /// A run of steps between stars, with its shift-and tables.
    struct Segment: Sendable {
        let steps: [Step]
        /// 64-bit words per state.
        let words: Int
        /// For each ASCII character, the steps that accept it (`words` words each).
        let asciiMasks: [UInt64]

        init(_ steps: [Step]) {
            self.steps = steps
            let words = (steps.count + 63) / 64
            self.words = words
            var masks = [UInt64](repeating: 0, count: 128 * words)
            for (i, step) in steps.enumerated() {
                for c in 0..<128 where step.accepts(UInt32(c)) {
                    masks[c * words + i / 64] |= 1 << UInt64(i % 64)
                }
            }
            asciiMasks = masks
        }

        /// The steps that accept `c`, into `mask`.
        @inline(__always)
        func mask(for c: UInt32, into mask: inout [UInt64]) {
            if c < 128 {
                let base = Int(c) * words
                for w in 0..<words { mask[w] = asciiMasks[base + w] }
                return
            }
            for w in 0..<words { mask[w] = 0 }
            for (i, step) in steps.enumerated() where step.accepts(c) {
                mask[i / 64] |= 1 << UInt64(i % 64)
            }
        }
    }

    /// Steps before the first star (all of them when there is no star).
    let head: [Step]
    /// Segments between stars, in order.
    let middle: [Segment]
    /// Steps after the last star; `nil` when there is no star.
    let tail: [Step]?

    init(_ items: [Glob.Item]) {
        var parts: [[Step]] = [[]]
        for item in items {
            switch item {
            case .star: parts.append([])
            case .one: parts[parts.count - 1].append(.any)
            case .set(let r, let negated): parts[parts.count - 1].append(.set(r, negated: negated))
            case .literal(let bytes):
                var i = 0
                while i < bytes.count {
                    let (v, n) = Glob.decode(bytes, i)
                    parts[parts.count - 1].append(.scalar(v))
                    i += n
                }
            }
        }
        head = parts[0]
        if parts.count == 1 {
            middle = []
            tail = nil
        } else {
            middle = parts[1..<(parts.count - 1)].filter { !$0.isEmpty }.map(Segment.init)
            tail = parts[parts.count - 1]
        }
    }

    /// Whether the whole of `s` matches.
    func matches(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard var p = GlobSearch.match(head, s, at: 0) else { return false }
        guard let tail else { return p == s.count }
        for segment in middle {
            guard let end = GlobSearch.leftmost(segment, s, from: p) else { return false }
            p = end
        }
        // The tail matches exactly its number of characters at the very end.
        var q = s.count
        for _ in 0..<tail.count {
            guard q > p else { return false }
            q -= 1
            while q > p, s[q] & 0xC0 == 0x80 { q -= 1 }
        }
        return GlobSearch.match(tail, s, at: q) == s.count
    }

    /// The end of `steps` matched at `p`, or `nil`.
    static func match(_ steps: [Step], _ s: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        var p = start
        for step in steps {
            guard p < s.count else { return nil }
            let (c, n) = Glob.decode(s, p)
            guard step.accepts(c) else { return nil }
            p += n
        }
        return p
    }

    /// The end of the leftmost match of `segment` at or after `start`, or `nil`.
    static func leftmost(_ segment: Segment, _ s: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let words = segment.words
        let last = segment.steps.count - 1
        let lastWord = last / 64, lastBit: UInt64 = 1 << UInt64(last % 64)
        var state = [UInt64](repeating: 0, count: words)
        var mask = [UInt64](repeating: 0, count: words)
        var p = start
        while p < s.count {
            let (c, n) = Glob.decode(s, p)
            p += n
            segment.mask(for: c, into: &mask)
            // state = ((state << 1) | 1) & mask: bit i set when steps 0...i end here.
            var carry: UInt64 = 1
            for w in 0..<words {
                let v = state[w]
                state[w] = ((v << 1) | carry) & mask[w]
                carry = v >> 63
            }
            if state[lastWord] & lastBit != 0 { return p }
        }
        return nil
    }
}
