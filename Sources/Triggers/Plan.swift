import JavaScriptRules
import JSONValues

/// A compiled trigger: the boolean structure, with each condition either a reference
/// leaf (evaluated as `validate.ts` does) or a full-language expression.
indirect enum Plan: Sendable {
    case all([Plan])
    case any([Plan])
    /// `!x`; `text` is the whole negation as written.
    case not(Plan, text: String)
    case leaf(ReferenceCondition)
    /// A full-language expression in a condition's place: it holds when it evaluates to `true`.
    case expression(Expression, text: String)
    case constant(Bool)

    func matches(_ event: JSON) -> Bool {
        switch self {
        case .all(let items):
            var i = 0
            while i < items.count {
                if !items[i].matches(event) { return false }
                i += 1
            }
            return true
        case .any(let items):
            var i = 0
            while i < items.count {
                if items[i].matches(event) { return true }
                i += 1
            }
            return false
        case .not(let inner, _):
            return !inner.matches(event)
        case .leaf(let c):
            return c.matches(event)
        case .expression(let e, _):
            if case .bool(true)? = e.evaluate(event) { return true }
            return false
        case .constant(let b):
            return b
        }
    }
}

/// A field path of the full language, compiled: segments, with array indexes pre-parsed.
struct FieldPath: Sendable {
    let segments: [String]
    let indexes: [Int?]
    /// The path as trigger text (escaped).
    let text: String

    init(_ segments: [String]) {
        self.segments = segments
        self.indexes = segments.map { ArrayIndex.offset($0) }
        self.text = Generator.fieldPath(segments)
    }

    /// The value at this path in `event`; `nil` when any step is missing.
    @inline(__always)
    func lookup(_ event: JSON) -> JSON? {
        var cur = event
        for i in 0..<segments.count {
            switch cur {
            case .object(let o):
                guard let v = o[segments[i]] else { return nil }
                cur = v
            case .array(let a):
                guard let idx = indexes[i], idx < a.count else { return nil }
                cur = a[idx]
            default:
                return nil
            }
        }
        return cur
    }
}

/// A value expression of the full language. Evaluates to a JSON value, `nil` standing
/// for a missing field (which behaves as `null`).
indirect enum Expression: Sendable {
    case field(FieldPath)
    case constant(JSON)
    case list([Expression])
    case compare(CompareOperator, Expression, Expression)
    case inList(Expression, Expression)
    /// A condition used as a value (`bool(a = 1 or b)`).
    case condition(Plan)
    case call(FQLFunction, [Expression])
    /// `match(x, 'literal pattern')` with the pattern compiled once.
    case match(Expression, Glob)

    func evaluate(_ event: JSON) -> JSON? {
        switch self {
        case .field(let path):
            return path.lookup(event)
        case .constant(let v):
            return v
        case .list(let items):
            return .array(items.map { $0.evaluate(event) ?? .null })
        case .compare(let op, let l, let r):
            return .bool(Semantics.compare(op, l.evaluate(event), r.evaluate(event)))
        case .inList(let l, let r):
            return .bool(Semantics.isIn(l.evaluate(event), r.evaluate(event)))
        case .condition(let plan):
            return .bool(plan.matches(event))
        case .call(let f, let args):
            return Functions.call(f, args, event)
        case .match(let subject, let glob):
            if case .string(let s)? = subject.evaluate(event) { return .bool(glob.matches(s)) }
            return .bool(false)
        }
    }

    /// The first field the expression reads, for explanations.
    var firstField: FieldPath? {
        switch self {
        case .field(let p): return p
        case .constant: return nil
        case .list(let items):
            for i in items { if let f = i.firstField { return f } }
            return nil
        case .compare(_, let l, let r), .inList(let l, let r):
            return l.firstField ?? r.firstField
        case .condition(let p): return p.firstFieldPath
        case .call(_, let args):
            for a in args { if let f = a.firstField { return f } }
            return nil
        case .match(let s, _): return s.firstField
        }
    }
}

extension Plan {
    /// The first full-language field a plan reads (reference leaves report their own).
    var firstFieldPath: FieldPath? {
        switch self {
        case .all(let items), .any(let items):
            for i in items { if let f = i.firstFieldPath { return f } }
            return nil
        case .not(let inner, _): return inner.firstFieldPath
        case .leaf: return nil
        case .expression(let e, _): return e.firstField
        case .constant: return nil
        }
    }
}

/// The value rules of the full language.
enum Semantics {
    /// `=`: same type and equal (numbers by value, strings byte for byte, lists element
    /// by element); a missing field equals `null`.
    static func equal(_ a: JSON?, _ b: JSON?) -> Bool {
        switch (a ?? .null, b ?? .null) {
        case (.null, .null): return true
        case (.string(let x), .string(let y)): return ExactText.equal(x, y)
        case (.number(let x), .number(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.array(let x), .array(let y)):
            guard x.count == y.count else { return false }
            for i in 0..<x.count where !equal(x[i], y[i]) { return false }
            return true
        case (.object(let x), .object(let y)): return x == y
        default: return false
        }
    }

    static func compare(_ op: CompareOperator, _ a: JSON?, _ b: JSON?) -> Bool {
        switch op {
        case .equal: return equal(a, b)
        case .notEqual: return !equal(a, b)
        default:
            guard case .number(let x)? = a, case .number(let y)? = b else { return false }
            let l = x.doubleValue, r = y.doubleValue
            switch op {
            case .less: return l < r
            case .lessOrEqual: return l <= r
            case .greater: return l > r
            case .greaterOrEqual: return l >= r
            default: return false
            }
        }
    }

    /// `in`: the right side is a list holding an element equal to the left side.
    static func isIn(_ a: JSON?, _ list: JSON?) -> Bool {
        guard case .array(let items)? = list else { return false }
        for item in items where equal(a, item) { return true }
        return false
    }
}
