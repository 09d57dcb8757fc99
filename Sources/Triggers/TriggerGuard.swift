import JSONValues

/// A condition that every event a trigger matches meets: the event's top-level member
/// ``key`` is one of the strings ``values`` (byte for byte).
///
/// `type = "track" and event = "Order Completed"` has the guard `event` ∈ {`Order
/// Completed`}; `type = "page" or type = "screen"` has `type` ∈ {`page`, `screen`}. An
/// event whose member is none of them cannot match, so an engine that checks the guard
/// first skips the whole trigger after a comparison or two, and an engine that knows
/// every subscription's guard can discard an event after reading only those members (see
/// ``Trigger/guardCondition``). The guard is only ever a necessary condition: an event
/// that meets it still has to match the trigger.
public struct TriggerGuard: Sendable, Equatable {
    /// The top-level member the guard reads (`event`, `type`, `name`, `userId`, …).
    public let key: String
    /// The strings the member may be (at least one).
    public let values: [String]

    public init(key: String, values: [String]) {
        self.key = key
        self.values = values
    }

    /// Whether `member` (the event's member ``key``, `nil` when missing) meets the guard.
    @inlinable
    public func admits(_ member: JSON?) -> Bool {
        guard case .string(let s)? = member else { return false }
        for v in values where ExactText.equal(s, v) { return true }
        return false
    }

    public static func == (a: TriggerGuard, b: TriggerGuard) -> Bool {
        ExactText.equal(a.key, b.key) && a.values.count == b.values.count
            && zip(a.values, b.values).allSatisfy { ExactText.equal($0, $1) }
    }
}

extension Trigger {
    /// A top-level member this trigger requires to be one of a few strings, or `nil` when
    /// it has no such requirement.
    ///
    /// Found from the trigger's `=` conditions on a top-level member: a reference `=` on
    /// `event`, `type`, `name` or `userId`, or a full-language `field = "text"` on a
    /// one-segment field (either side). In an `and`, one of its conditions' guards is
    /// taken: `event`'s if there is one (it tells events apart best), else the one with
    /// the fewest strings, else the first. An `or` has a guard when every alternative has
    /// one on the same member (the strings are joined). `!` and anything else has none.
    public var guardCondition: TriggerGuard? { TriggerGuard.of(plan) }
}

extension TriggerGuard {
    static func of(_ plan: Plan) -> TriggerGuard? {
        switch plan {
        case .leaf(let c):
            guard c.op == .equal, !c.nested else { return nil }
            return TriggerGuard(key: c.topKey, values: [c.expectedText])
        case .expression(.compare(.equal, let l, let r), _):
            return of(field: l, constant: r) ?? of(field: r, constant: l)
        case .all(let items):
            var best: TriggerGuard?
            for item in items {
                guard let g = of(item) else { continue }
                if ExactText.equal(g.key, "event") { return g }
                if best == nil || g.values.count < best!.values.count { best = g }
            }
            return best
        case .any(let items):
            guard let first = items.first, let g = of(first) else { return nil }
            var values = g.values
            for item in items.dropFirst() {
                guard let other = of(item), ExactText.equal(other.key, g.key) else { return nil }
                for v in other.values where !values.contains(where: { ExactText.equal($0, v) }) { values.append(v) }
            }
            return TriggerGuard(key: g.key, values: values)
        case .not, .expression, .constant:
            return nil
        }
    }

    /// `field = "text"` with a one-segment field.
    private static func of(field: Expression, constant: Expression) -> TriggerGuard? {
        guard case .field(let path) = field, path.segments.count == 1,
              case .constant(.string(let text)) = constant else { return nil }
        return TriggerGuard(key: path.segments[0], values: [text])
    }
}
