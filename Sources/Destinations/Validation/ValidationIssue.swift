import JSONValues

/// One reason a payload does not fit its action's fields.
public struct ValidationIssue: Sendable, Equatable {
    /// The place in the payload, as a JSON Pointer. For a missing field it names the
    /// missing field itself (`/items/0/productId`).
    public let pointer: String
    /// The message as Segment words it (`The root value is missing the required field 'items'.`).
    public let message: String
}

/// A payload that failed validation: its issues, and the message Segment would give
/// (the issues' messages joined by spaces).
///
/// At most ``IssueList/limit`` issues are kept; the rest are only counted (a payload with
/// a million bad elements would otherwise give a message of hundreds of megabytes).
public struct PayloadValidationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The issues, in the order they were found (the first ``IssueList/limit`` of them).
    public let issues: [ValidationIssue]
    /// How many more issues were found but not kept.
    public let omitted: Int

    public init(issues: [ValidationIssue], omitted: Int = 0) {
        self.issues = issues
        self.omitted = omitted
    }

    /// The first failing field, as a JSON Pointer into the payload.
    public var field: String { issues.first?.pointer ?? "" }

    public var description: String {
        let text = issues.map(\.message).joined(separator: " ")
        return omitted == 0 ? text : text + " (and \(omitted) more problems)"
    }
}

/// Validation issues as they are found: the first ``limit`` are kept, the others counted.
public struct IssueList: Sendable {
    /// The most issues kept for one payload.
    public static let limit = 100
    /// The issues kept, in the order found.
    public private(set) var kept: [ValidationIssue] = []
    /// Issues found beyond ``limit``.
    public private(set) var omitted = 0

    public init() {}

    /// Whether no issue was found.
    public var isEmpty: Bool { kept.isEmpty && omitted == 0 }

    /// Records an issue; its message is only built when it is kept.
    public mutating func append(_ issue: @autoclosure () -> ValidationIssue) {
        if kept.count < IssueList.limit { kept.append(issue()) } else { omitted += 1 }
    }
}
