import JSONValues

/// What the filters and the `integrations` object made of an event.
public enum FilterOutcome: Sendable {
    /// The event goes on, as the filters left it; `changes` lists the actions that changed
    /// it, in the order they ran.
    case kept(JSON, changes: [FilterEffect])
    /// The event does not reach the destination.
    case discarded(FilterDiscard)
}

/// One action of one filter that took effect on an event.
public struct FilterEffect: Sendable, Equatable, CustomStringConvertible {
    /// The filter's position in its list (0-based).
    public let filterIndex: Int
    /// The filter's title, if it has one.
    public let filterTitle: String?
    /// The kind of action.
    public let action: FilterAction.Kind
    /// The action in words (`drop_properties properties.email`).
    public let actionDescription: String

    /// `destination filter "Keep PII out" (#2): drop_properties properties.email`; an
    /// untitled filter is named by its number alone (1-based).
    public var description: String { "\(filterName): \(actionDescription)" }

    /// `destination filter "Keep PII out" (#2)` or `destination filter #2`.
    public var filterName: String {
        if let filterTitle, !filterTitle.isEmpty { return "destination filter \(filterTitle.stringified) (#\(filterIndex + 1))" }
        return "destination filter #\(filterIndex + 1)"
    }
}

/// Why an event does not reach the destination.
public struct FilterDiscard: Sendable, Equatable, CustomStringConvertible {
    /// The filter action that dropped or sampled it out; `nil` when the event's
    /// `integrations` object routed it away.
    public let filter: FilterEffect?
    /// The reason in words: `destination filter "Drop test traffic" (#1): drop`,
    /// `sampled out by destination filter "Sample" (#2): sample 10 % by userId`,
    /// `integrations: Topsort is false`.
    public let reason: String

    public init(filter: FilterEffect?, reason: String) {
        self.filter = filter
        self.reason = reason
    }

    public var description: String { reason }
}

extension String {
    /// The string as JSON text, quotes included.
    var stringified: String { JSON.string(self).stringified }
}
