import JSONValues

/// A compiled trigger: an FQL condition that decides which events a subscription receives.
///
/// Compile once with ``init(_:)``, then call ``matches(_:)`` for each event, from any thread.
public struct Trigger: Sendable {
    /// The trigger text as written.
    public let source: String

    /// Compiles `source`; throws a ``TriggerError`` naming the column on malformed input.
    public init(_ source: String) throws {
        self.source = source
        throw TriggerError(message: "the trigger language is not implemented yet", column: 1)
    }

    /// Whether `event` satisfies the trigger.
    public func matches(_ event: JSON) -> Bool { false }
}

/// A trigger that could not be compiled.
public struct TriggerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in words.
    public let message: String
    /// The 1-based column of the trigger text where the problem was found.
    public let column: Int

    public init(message: String, column: Int) {
        self.message = message
        self.column = column
    }

    public var description: String { "\(message) (column \(column))" }
}
