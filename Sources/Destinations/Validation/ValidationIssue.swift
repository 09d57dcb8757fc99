import JSONValues

/// One reason a payload does not fit its action's fields.
public struct ValidationIssue: Sendable, Equatable {
    /// The place in the payload, as a JSON Pointer. For a missing field it names the
    /// missing field itself (`/items/0/productId`).
    public let pointer: String
    /// The message as Segment words it (`The root value is missing the required field 'items'.`).
    public let message: String
}

/// A payload that failed validation: every issue, and the message Segment would give
/// (all issues' messages joined by spaces).
public struct PayloadValidationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The issues, in the order they were found.
    public let issues: [ValidationIssue]

    /// The first failing field, as a JSON Pointer into the payload.
    public var field: String { issues.first?.pointer ?? "" }

    public var description: String { issues.map(\.message).joined(separator: " ") }
}
