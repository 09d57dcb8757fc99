import JSONValues

/// A parsed Liquid template, rendered against JSON data.
///
/// Templates follow LiquidJS 10.27 as Segment's mapping kit configures it: `for`, `case`,
/// `include`, `layout`, `render` and `tablerow` are disabled, as are the filters listed in
/// ``LiquidTemplate/disabledFilters``; undefined variables render as nothing and unknown
/// filters pass their input through.
///
/// Parse once with ``init(_:)`` when a mapping is compiled, then ``render(_:)`` per event.
/// A template is an immutable value: rendering keeps its state in a fresh context, so one
/// template can render on many threads at once.
public struct LiquidTemplate: Sendable {
    /// The template text as written.
    public let source: String

    let units: [UInt16]
    let nodes: [Node]
    let limits: LiquidLimits

    /// The longest template accepted, in UTF-16 code units (JavaScript string length).
    public static let maxLength = 1000

    /// The message of the error for a template longer than ``maxLength``, as the mapping
    /// kit words it.
    public static let tooLongMessage = "liquid template values are limited to 1000 characters"

    /// Tags that Segment disables (they could loop or read other templates).
    public static let disabledTags: [String] = ["case", "for", "include", "layout", "render", "tablerow"]

    /// Filters that Segment disables.
    public static let disabledFilters: [String] = FilterTable.disabledNames

    /// Whether `source` is longer than ``maxLength`` (counted as JavaScript counts).
    public static func isTooLong(_ source: String) -> Bool { source.utf16.count > maxLength }

    /// Parses `source`; throws a ``LiquidError`` when it is longer than ``maxLength``, on a
    /// syntax error, or on a disabled tag. (A disabled filter fails when it is applied, as in
    /// the reference, so one in a branch never taken does no harm.)
    public init(_ source: String) throws {
        try self.init(source, limits: LiquidLimits())
    }

    /// Parses `source` with other limits (for tests and embedders).
    public init(_ source: String, limits: LiquidLimits) throws {
        self.source = source
        self.limits = limits
        let units = Array(source.utf16)
        self.units = units
        if units.count > limits.maxTemplateLength {
            throw LiquidError(message: LiquidTemplate.tooLongMessage)
        }
        do {
            var tokenizer = TopLevelTokenizer(units)
            let tokens = try tokenizer.tokenize()
            var parser = Parser(input: units, tokens: tokens)
            nodes = try parser.parseAll()
        } catch let f as LiquidFailure {
            throw LiquidError(f, in: units)
        }
    }

    /// Renders the template with `data` as its top-level scope.
    public func render(_ data: JSON) throws -> String {
        if nodes.isEmpty { return "" }
        let context = RenderContext(input: units, data: data, limits: limits)
        var out = ""
        do {
            try context.render(nodes, into: &out)
        } catch let f as LiquidFailure {
            throw LiquidError(f, in: units)
        }
        return out
    }
}

/// The bounds on a template and its rendering. The defaults are those of Segment's
/// mapping kit.
public struct LiquidLimits: Sendable {
    /// Longest template, in UTF-16 code units.
    public var maxTemplateLength = LiquidTemplate.maxLength
    /// Render time budget (LiquidJS `renderLimit`).
    public var renderMilliseconds = 500
    /// Memory budget in LiquidJS units, mostly string lengths (LiquidJS `memoryLimit`).
    public var memory: Double = 1e8
    /// Most UTF-16 code units a render may write (including captured text).
    public var output = 100_000_000
    /// Most elements a range such as `(1..n)` may have.
    public static let maxRangeLength = 1_000_000
    /// Most elements `split` may make.
    public static let maxArrayLength = 1_000_000

    /// Segment's limits.
    public init() {}
}

/// A Liquid template that failed to parse or render.
public struct LiquidError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in words, ending with `, line:L, col:C` when the place is known
    /// (the form LiquidJS uses).
    public let message: String
    /// 1-based line of the token at fault, when known.
    public let line: Int?
    /// 1-based column (in UTF-16 code units) of the token at fault, when known.
    public let column: Int?

    /// An error whose place is not known.
    public init(message: String) {
        self.message = message
        self.line = nil
        self.column = nil
    }

    /// An error at a place; the message gets LiquidJS's `, line:L, col:C` suffix.
    public init(message: String, line: Int, column: Int) {
        self.message = "\(message), line:\(line), col:\(column)"
        self.line = line
        self.column = column
    }

    init(_ failure: LiquidFailure, in units: [UInt16]) {
        guard let offset = failure.offset else {
            self.init(message: failure.message)
            return
        }
        var line = 1, col = 1
        for i in 0..<min(max(offset, 0), units.count) {
            if units[i] == 0x0A { line += 1; col = 1 } else { col += 1 }
        }
        self.init(message: failure.message, line: line, column: col)
    }

    /// The message, place included.
    public var description: String { message }
}
