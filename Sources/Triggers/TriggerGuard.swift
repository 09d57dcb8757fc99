import JSONValues

/// A condition that every event a trigger matches meets: the event's top-level member
/// ``key`` is exactly the string ``value`` (byte for byte).
///
/// `type = "track" and event = "Order Completed"` has the guard `event` = `Order Completed`.
/// An event whose member differs cannot match, so an engine that checks the guard first
/// skips the whole trigger after one comparison, and an engine that knows every
/// subscription's guard can discard an event after reading only those members (see
/// ``Trigger/guardCondition``). The guard is only ever a necessary condition: an event
/// that meets it still has to match the trigger.
public struct TriggerGuard: Sendable, Equatable {
    /// The top-level member the guard reads (`event`, `type`, `name`, `userId`, …).
    public let key: String
    /// The string the member must be.
    public let value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    /// Whether `member` (the event's member ``key``, `nil` when missing) meets the guard.
    @inlinable
    public func admits(_ member: JSON?) -> Bool {
        if case .string(let s)? = member { return ExactText.equal(s, value) }
        return false
    }

    public static func == (a: TriggerGuard, b: TriggerGuard) -> Bool {
        ExactText.equal(a.key, b.key) && ExactText.equal(a.value, b.value)
    }
}

extension Trigger {
    /// A top-level member this trigger requires to be a given string, or `nil` when it
    /// has no such requirement.
    ///
    /// Found in the trigger itself or in the conditions of its top-level `and`: a
    /// reference `=` condition on `event`, `type`, `name` or `userId`, or a full-language
    /// `field = "text"` on a one-segment field. When there are several, `event` is
    /// preferred (it tells events apart best), then the first written.
    public var guardCondition: TriggerGuard? {
        var candidates: [TriggerGuard] = []
        TriggerGuard.collect(plan, into: &candidates)
        return candidates.first { ExactText.equal($0.key, "event") } ?? candidates.first
    }
}

extension TriggerGuard {
    /// The guards of `plan` and of the conditions it requires all of.
    static func collect(_ plan: Plan, into out: inout [TriggerGuard]) {
        switch plan {
        case .all(let items):
            for item in items { collect(item, into: &out) }
        case .leaf(let c):
            if c.op == .equal, !c.nested { out.append(TriggerGuard(key: c.topKey, value: c.expectedText)) }
        case .expression(.compare(.equal, let l, let r), _):
            if let g = guardOf(l, r) ?? guardOf(r, l) { out.append(g) }
        case .any, .not, .expression, .constant:
            break
        }
    }

    /// `field = "text"` with a one-segment field (either side).
    private static func guardOf(_ field: Expression, _ constant: Expression) -> TriggerGuard? {
        guard case .field(let path) = field, path.segments.count == 1,
              case .constant(.string(let text)) = constant else { return nil }
        return TriggerGuard(key: path.segments[0], value: text)
    }
}
