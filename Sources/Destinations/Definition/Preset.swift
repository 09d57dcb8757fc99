import JSONValues

/// A subscription a destination suggests out of the box (Segment's "presets"): which
/// events (trigger) go to which action, with which mapping.
public struct Preset: Sendable {
    /// The preset's name (`Purchase`).
    public let name: String
    /// The trigger text.
    public let trigger: String
    /// The action key.
    public let action: String
    /// The mapping; `nil` means the action's default mapping.
    public let mapping: JSON?

    public init(name: String, trigger: String, action: String, mapping: JSON? = nil) {
        self.name = name
        self.trigger = trigger
        self.action = action
        self.mapping = mapping
    }

    /// The preset as a subscription.
    public var subscription: Subscription {
        Subscription(name: name, action: action, trigger: trigger, mapping: mapping)
    }
}
