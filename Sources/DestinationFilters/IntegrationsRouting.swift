import JSONValues

/// Routing by an event's `integrations` object, as Segment's "Filtering your Segment data"
/// guide describes: `{"All": false, "Topsort": true}` sends the event only to Topsort,
/// `{"Antavo": false}` keeps it from Antavo. Names match case-sensitively; `All` defaults
/// to `true`; a destination's own entry wins over `All`. An entry that is not `false` (an
/// object of options, say) counts as listed.
///
/// A destination answers to its name and to any aliases (for a name that differs from
/// what sources write, such as `Antavo` for `Antavo (Actions)`). When entries for several
/// of its names disagree, `false` wins: the event is kept out.
public struct IntegrationsRouting: Sendable {
    /// The names the destination answers to, its own name first.
    public let names: [String]

    public init(names: [String]) {
        var seen = Set<ExactKey>()
        self.names = names.filter { seen.insert(ExactKey($0)).inserted }
    }

    /// `nil` when `event` may go to the destination; otherwise why not. An event without
    /// an `integrations` object (or with one that is not an object) may go anywhere.
    public func refusal(for event: JSON) -> FilterDiscard? {
        guard case .object(let o) = event, case .object(let integrations)? = o["integrations"] else { return nil }
        var listed = false
        for name in names {
            guard let value = integrations[name] else { continue }
            if case .bool(false) = value {
                return FilterDiscard(filter: nil, reason: "integrations: \(name) is false")
            }
            listed = true
        }
        if listed { return nil }
        guard case .bool(false)? = integrations["All"] else { return nil }
        let unlisted: String
        switch names.count {
        case 0: unlisted = "this destination is not listed"
        case 1: unlisted = "\(names[0]) is not listed"
        default: unlisted = "none of \(names.joined(separator: ", ")) is listed"
        }
        return FilterDiscard(filter: nil, reason: "integrations: All is false and \(unlisted)")
    }
}
