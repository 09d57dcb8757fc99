import JSONValues

extension Trigger {
    /// The parts of an event the trigger reads: ``matches(_:)`` gives the same answer on
    /// `reads.apply(to: event)` as on `event`. Every field a trigger names is a fixed path,
    /// so this is known when it is compiled.
    public var reads: JSONProjection { JSONProjection(paths: plan.fieldPaths()) }
}

extension Plan {
    /// The paths of every field the plan reads, each kept whole.
    func fieldPaths() -> [[String]] {
        var out: [[String]] = []
        collectFields(into: &out)
        return out
    }

    func collectFields(into out: inout [[String]]) {
        switch self {
        case .all(let items), .any(let items):
            for item in items { item.collectFields(into: &out) }
        case .not(let inner, _):
            inner.collectFields(into: &out)
        case .leaf(let c):
            // A nested leaf with no keys reads nothing (`actual` is undefined); reading
            // its top-level member is harmless.
            out.append([c.topKey] + (c.nested ? c.keys.map(\.name) : []))
        case .expression(let e, _):
            e.collectFields(into: &out)
        case .constant:
            break
        }
    }
}

extension Expression {
    func collectFields(into out: inout [[String]]) {
        switch self {
        case .field(let path): out.append(path.segments)
        case .constant: break
        case .list(let items): for item in items { item.collectFields(into: &out) }
        case .compare(_, let l, let r), .inList(let l, let r):
            l.collectFields(into: &out)
            r.collectFields(into: &out)
        case .condition(let plan): plan.collectFields(into: &out)
        case .call(_, let args): for a in args { a.collectFields(into: &out) }
        case .match(let subject, _): subject.collectFields(into: &out)
        }
    }
}
