import JSONValues

/// A parsed Liquid template, rendered against JSON data.
///
/// Parse once with ``init(_:)`` when a mapping is compiled, then ``render(_:)`` per event.
public struct LiquidTemplate: Sendable {
    /// The template text as written.
    public let source: String

    /// Parses `source`; throws a ``LiquidError`` on a syntax error or a disabled tag/filter.
    public init(_ source: String) throws {
        self.source = source
    }

    /// Renders the template with `data` as its top-level scope.
    public func render(_ data: JSON) throws -> String {
        throw LiquidError(message: "Liquid is not implemented yet")
    }
}

/// A Liquid template that failed to parse or render.
public struct LiquidError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in words.
    public let message: String

    public init(message: String) { self.message = message }

    public var description: String { message }
}
