/// One problem in a filters document or a condition, located by a JSON Pointer.
public struct FilterProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where, as a JSON Pointer into the document (`/0/actions/1/percent`); `""` is the whole.
    public let pointer: String
    /// What is wrong, in words.
    public let message: String

    public init(_ pointer: String, _ message: String) {
        self.pointer = pointer
        self.message = message
    }

    /// `/0/if: message` (`/` for the whole document).
    public var description: String { "\(pointer.isEmpty ? "/" : pointer): \(message)" }

    /// The same problem placed inside the document at `base` (a JSON Pointer).
    public func located(under base: String) -> FilterProblem { FilterProblem(base + pointer, message) }
}

/// A filters document that cannot be used, with every problem found in it. Nothing of a
/// document with a problem is applied.
public struct FilterFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, in document order.
    public let problems: [FilterProblem]

    public init(_ problems: [FilterProblem]) { self.problems = problems }

    /// One line per problem.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
