import JSONValues
import Triggers

/// A compiled piece of tsub's intermediate representation (see ``IRCondition``).
indirect enum IRTerm: Sendable {
    /// A dot path into the event (a bare string in the IR).
    case path(DotPath)
    /// A literal (`{"value": V}`), or a list literal whose elements are all literals.
    case constant(IRValue)
    /// A list literal with elements read from the event (`{"value": ["type", …]}`).
    case list([IRTerm])
    case not(IRTerm)
    case and([IRTerm])
    case or([IRTerm])
    case equal(IRTerm, IRTerm)
    case notEqual(IRTerm, IRTerm)
    case compare(Comparison, IRTerm, IRTerm)
    case inList(IRTerm, IRTerm)
    case contains(IRTerm, IRTerm)
    /// `match` with a pattern read from the event.
    case match(IRTerm, IRTerm)
    /// `match` with a literal pattern, compiled once; `nil` when it is malformed (a
    /// malformed pattern never matches).
    case matchGlob(IRTerm, Glob?)
    case lowercase(IRTerm)
    case typeOf(IRTerm)
    case length(IRTerm)

    enum Comparison: String, Sendable {
        case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    }

    /// What the term evaluates to, as tsub's `getValue` (and, for operations, its
    /// evaluator) gives it.
    func value(_ event: JSON) -> IRValue {
        switch self {
        case .path(let p): return IRValue(p.get(event))
        case .constant(let v): return v
        case .list(let items):
            // JSON has no undefined: as JSON.stringify writes it, a missing element is null.
            return .json(.array(items.map { item in
                if case .json(let v) = item.value(event) { return v }
                return .null
            }))
        case .not(let t): return .json(.bool(!t.holds(event)))
        case .and(let items):
            for t in items where !t.holds(event) { return .false }
            return .true
        case .or(let items):
            for t in items where t.holds(event) { return .true }
            return .false
        case .equal(let l, let r): return .json(.bool(IRValue.equal(l.value(event), r.value(event))))
        case .notEqual(let l, let r): return .json(.bool(!IRValue.equal(l.value(event), r.value(event))))
        case .compare(let op, let l, let r):
            guard let a = l.value(event).number, let b = r.value(event).number else { return .false }
            switch op {
            case .less: return .json(.bool(a < b))
            case .lessOrEqual: return .json(.bool(a <= b))
            case .greater: return .json(.bool(a > b))
            case .greaterOrEqual: return .json(.bool(a >= b))
            }
        case .inList(let l, let r):
            let item = l.value(event)
            if case .list(let elements) = r {
                for e in elements where IRValue.identical(e.value(event), item) { return .true }
                return .false
            }
            guard case .json(.array(let elements)) = r.value(event) else { return .false }
            for e in elements where IRValue.identical(.json(e), item) { return .true }
            return .false
        case .contains(let l, let r):
            guard case .json(.string(let s)) = l.value(event), case .json(.string(let sub)) = r.value(event) else { return .false }
            return .json(.bool(TextOps.contains(s, sub)))
        case .match(let l, let r):
            guard case .json(.string(let s)) = l.value(event), case .json(.string(let pattern)) = r.value(event),
                  pattern.utf8.count <= Trigger.maximumLength,
                  let glob = try? Glob(pattern, sets: .segment) else { return .false }
            return .json(.bool(glob.matches(s)))
        case .matchGlob(let l, let glob):
            guard let glob, case .json(.string(let s)) = l.value(event) else { return .false }
            return .json(.bool(glob.matches(s)))
        case .lowercase(let t):
            guard case .json(.string(let s)) = t.value(event) else { return .json(.null) }
            return .json(.string(s.lowercased()))
        case .typeOf(let t):
            return .json(.string(t.value(event).typeName))
        case .length(let t):
            switch t.value(event) {
            case .json(.null): return .json(.int(0))
            case .json(.string(let s)): return .json(.int(s.utf16.count))
            case .json(.array(let a)): return .json(.int(a.count))
            default: return .nan
            }
        }
    }

    /// Whether the term holds where a condition is expected (under `!`, `and`, `or`): a
    /// path or literal when it is the boolean `true`, an operation when its result is
    /// truthy.
    func holds(_ event: JSON) -> Bool {
        switch self {
        case .path, .constant, .list:
            if case .json(.bool(true)) = value(event) { return true }
            return false
        default:
            return value(event).isTruthy
        }
    }
}
