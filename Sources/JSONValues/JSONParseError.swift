/// JSON text that could not be parsed, with where and what was expected.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong ("expected ':' after an object key").
    public let message: String
    /// 1-based line of the offending byte.
    public let line: Int
    /// 1-based column (in bytes) of the offending byte on its line.
    public let column: Int
    /// 0-based byte offset of the offending byte.
    public let offset: Int

    public init(message: String, line: Int, column: Int, offset: Int) {
        self.message = message
        self.line = line
        self.column = column
        self.offset = offset
    }

    public var description: String { "line \(line), column \(column): \(message)" }
}
