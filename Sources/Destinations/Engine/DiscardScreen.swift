import JSONValues

/// Counts events that no trigger can match without building them, where that pays.
///
/// ``DestinationEngine/cannotMatch(_:parser:)`` reads a line without building it, which
/// costs about a third of parsing it. That pays when many events match no subscription (a
/// destination with a few subscriptions sees mostly events it does not want: about 40 %
/// fewer instructions per event when nine in ten are discarded), and costs a little when
/// most events match (the line is then read twice). So a screen tries the check on a
/// window of lines, keeps trying while enough of them were decided, and otherwise rests
/// for a while before trying again. Which lines it skips never changes a result: a
/// skipped line is one that ``DestinationEngine/process(event:)`` would have discarded
/// with no trigger matched.
///
/// One per thread (it counts what it saw); make one with ``init(engine:)`` and ask
/// ``skips(_:parser:)`` for every line before parsing it.
public struct DiscardScreen {
    /// Lines tried before deciding whether trying pays.
    public static let window = 256
    /// Lines not tried after a window where trying did not pay.
    public static let rest = 4_096
    /// The share of a window's lines that must be skipped for trying to go on: above the
    /// break-even point measured on the benchmark corpus (about 30 %).
    public static let minimumShare = 0.4

    let engine: DestinationEngine
    private var tried = 0
    private var skipped = 0
    private var resting = 0

    /// A screen for `engine`, or `nil` when the engine cannot decide on lines (see
    /// ``DestinationEngine/cannotMatch(_:parser:)``).
    public init?(engine: DestinationEngine) {
        guard engine.screenNames != nil else { return nil }
        self.engine = engine
    }

    /// Whether `line` holds an event no subscription can match (count it as discarded and
    /// do not parse it); `false` means "parse and process it" — also while resting.
    public mutating func skips(_ line: UnsafeRawBufferPointer, parser: JSONDocumentParser) -> Bool {
        if resting > 0 {
            resting -= 1
            return false
        }
        let skips = engine.cannotMatch(line, parser: parser)
        tried += 1
        if skips { skipped += 1 }
        if tried == DiscardScreen.window {
            if Double(skipped) < DiscardScreen.minimumShare * Double(tried) { resting = DiscardScreen.rest }
            tried = 0
            skipped = 0
        }
        return skips
    }
}
