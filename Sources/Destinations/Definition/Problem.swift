import JSONValues

/// One problem found while loading a definition, settings or subscriptions: where it is
/// (a JSON Pointer into the document) and what is wrong.
public struct Problem: Sendable, Equatable, CustomStringConvertible {
    /// Which document the pointer refers to.
    public enum Document: String, Sendable, Equatable {
        case definition, settings, subscriptions
    }

    /// The document the problem is in.
    public var document: Document
    /// Where in the document, as a JSON Pointer (`/actions/click/fields/id/type`); `""` is
    /// the whole document.
    public var pointer: String
    /// What is wrong, in words.
    public var message: String

    public init(_ document: Document, _ pointer: String, _ message: String) {
        self.document = document
        self.pointer = pointer
        self.message = message
    }

    /// `definition /actions/click/fields/id/type: …`
    public var description: String {
        "\(document.rawValue) \(pointer.isEmpty ? "(root)" : pointer): \(message)"
    }
}

/// A definition, settings object or subscription list that cannot be used, with every
/// problem found (not just the first).
public struct LoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, in document order.
    public let problems: [Problem]

    public init(_ problems: [Problem]) { self.problems = problems }

    /// One problem per line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// Collects problems while walking a document.
struct ProblemList {
    let document: Problem.Document
    var items: [Problem] = []

    init(_ document: Problem.Document) { self.document = document }

    mutating func add(_ pointer: String, _ message: String) {
        items.append(Problem(document, pointer, message))
    }

    var isEmpty: Bool { items.isEmpty }
}
