import JavaScriptRules
import JSONValues

/// Per-render state: variables set by tags, counters, and the budgets that bound a render.
/// A new context is made for every `render`, so templates stay immutable and shareable.
final class RenderContext {
    let input: [UInt16]
    /// The data the template renders (the event).
    let environment: LValue
    /// Variables set by `assign` and `capture`.
    var locals: [String: LValue] = [:]
    /// Counters written by `increment` / `decrement` (they live in the environment scope).
    var counters: [String: LValue] = [:]
    /// `cycle` positions by group.
    var cycles: [String: Int] = [:]
    var breakCalled = false
    var continueCalled = false
    var blockDepth = 0

    private var memoryUsed = 0.0
    private var outputUsed = 0
    private let limits: LiquidLimits
    private let deadline: ContinuousClock.Instant

    init(input: [UInt16], data: JSON, limits: LiquidLimits) {
        self.input = input
        self.environment = LValue(data)
        self.limits = limits
        self.deadline = ContinuousClock.now.advanced(by: .milliseconds(limits.renderMilliseconds))
    }

    // MARK: budgets

    /// Charges `count` units to the memory budget (as LiquidJS's `memoryLimit.use`).
    func useMemory(_ count: Double) throws {
        guard count > 0 else { return }
        guard memoryUsed + count <= limits.memory else { throw LiquidFailure("memory alloc limit exceeded") }
        memoryUsed += count
    }

    func useMemory(_ count: Int) throws { try useMemory(Double(count)) }

    func checkTime() throws {
        if ContinuousClock.now > deadline { throw LiquidFailure("template render limit exceeded") }
    }

    func write(_ s: String, into out: inout String) throws {
        if s.isEmpty { return }
        outputUsed += s.utf16.count
        guard outputUsed <= limits.output else { throw LiquidFailure("output limit exceeded") }
        out += s
    }

    // MARK: rendering

    func render(_ nodes: [Node], into out: inout String) throws {
        try checkTime()
        for node in nodes {
            try checkTime()
            do {
                try render(node, into: &out)
            } catch var f as LiquidFailure {
                if f.offset == nil { f.offset = node.offset }
                throw f
            }
            if breakCalled || continueCalled { break }
        }
    }

    private func render(_ node: Node, into out: inout String) throws {
        switch node.kind {
        case .text(let s):
            try write(s, into: &out)
        case .output(let v):
            try write(try evaluate(v).stringified, into: &out)
        case .ifTag(let branches, let elseBody):
            for b in branches where try evaluate(b.condition).isTruthy {
                try render(b.body, into: &out)
                return
            }
            try render(elseBody ?? [], into: &out)
        case .unless(let branches, let elseBody):
            for (i, b) in branches.enumerated() {
                let truthy = try evaluate(b.condition).isTruthy
                if i == 0 ? !truthy : truthy {
                    try render(b.body, into: &out)
                    return
                }
            }
            try render(elseBody, into: &out)
        case .assign(let name, let v):
            locals[name] = try evaluate(v)
        case .capture(let name, let body):
            var buffer = ""
            try render(body, into: &buffer)
            locals[name] = .string(buffer)
        case .raw(let s):
            try write(s, into: &out)
        case .echo(let v):
            if let v { try write(try evaluate(v).stringified, into: &out) }
        case .block(let body):
            blockDepth += 1
            defer { blockDepth -= 1 }
            try render(body, into: &out)
        case .liquid(let body):
            try render(body, into: &out)
        case .increment(let name):
            var value = counterValue(name)
            if !value.isNumber { value = .int(0) }
            try write(value.stringified, into: &out)
            counters[name] = .number(value.jsNumber + 1)
        case .decrement(let name):
            var value = counterValue(name)
            if !value.isNumber { value = .int(0) }
            let next = LValue.number(value.jsNumber - 1)
            counters[name] = next
            try write(next.stringified, into: &out)
        case .cycle(let group, let candidates):
            let g = try group.map { try evaluate($0) } ?? .undefined
            // LiquidJS keys cycles by group and candidate count only.
            let key = "\(g.jsString):\(candidates.count)"
            let idx = cycles[key] ?? 0
            cycles[key] = (idx + 1) % candidates.count
            let v = try evaluate(candidates[idx])
            if v.isJSTruthy { try write(v.stringified, into: &out) }
        case .breakTag:
            breakCalled = true
        case .continueTag:
            continueCalled = true
        case .nothing:
            break
        }
    }

    private func counterValue(_ name: String) -> LValue {
        if let v = counters[name] { return v }
        if case .object(let o) = environment, let v = o[name] { return LValue(v) }
        return .undefined
    }

    // MARK: evaluation

    func evaluate(_ v: FilteredValue) throws -> LValue {
        var value = try evaluate(v.initial)
        for f in v.filters { value = try apply(f, to: value) }
        return value
    }

    func evaluate(_ e: Expression, scope: LValue? = nil) throws -> LValue {
        var operands: [LValue] = []
        for t in e.postfix {
            switch t {
            case .value(let v):
                operands.append(try evaluate(v, scope: scope))
            case .op(let op):
                let r = operands.popLast() ?? .undefined
                if op.isUnary {
                    operands.append(.bool(!r.isTruthy))
                    continue
                }
                let l = operands.popLast() ?? .undefined
                let result: Bool
                switch op {
                case .eq: result = LiquidOps.equals(l, r)
                case .ne: result = !LiquidOps.equals(l, r)
                case .gt: result = LiquidOps.compare(l, r, .gt)
                case .lt: result = LiquidOps.compare(l, r, .lt)
                case .ge: result = LiquidOps.compare(l, r, .ge)
                case .le: result = LiquidOps.compare(l, r, .le)
                case .contains: result = LiquidOps.contains(l, r)
                case .and: result = l.isTruthy && r.isTruthy
                case .or: result = l.isTruthy || r.isTruthy
                case .not: result = !r.isTruthy
                }
                operands.append(.bool(result))
            }
        }
        return operands.first ?? .undefined
    }

    /// Evaluates a value; `scope` replaces the template's variables (as `where` does for
    /// each item).
    func evaluate(_ v: ValueExpr, scope: LValue? = nil) throws -> LValue {
        switch v {
        case .literal(let l):
            return l
        case .range(let lo, let hi):
            let low = try evaluate(lo, scope: scope), high = try evaluate(hi, scope: scope)
            let start = low.jsNumber, stop = high.jsNumber + 1
            try useMemory(high.jsNumber - low.jsNumber + 1)
            var out: [LValue] = []
            guard start.isFinite, stop.isFinite else { return .array(out) }
            if stop - start > Double(LiquidLimits.maxRangeLength) {
                throw LiquidFailure("memory alloc limit exceeded")
            }
            var i = start
            while i < stop {
                out.append(.number(i))
                i += 1
            }
            return .array(out)
        case .access(let base, let props):
            var keys: [LValue] = []
            keys.reserveCapacity(props.count)
            for p in props {
                switch p {
                case .name(let s): keys.append(.string(s))
                case .expr(let e): keys.append(try evaluate(e, scope: scope))
                }
            }
            var value: LValue
            var rest = keys[...]
            if let base {
                value = try evaluate(base, scope: scope)
            } else {
                guard let first = rest.popFirst() else { return .undefined }
                value = lookup(first, scope: scope)
            }
            for k in rest { value = Access.readProperty(value, k) }
            return value
        }
    }

    /// The first step of a path: assigned variables, then the data, then nothing.
    func lookup(_ key: LValue, scope: LValue?) -> LValue {
        let name = key.toValue.jsString
        if let scope {
            if Access.hasOwn(scope, name) { return Access.readProperty(scope, key) }
            return Access.readProperty(.object(JSONObject()), key)
        }
        if blockDepth > 0 && name == "block" { return .drop(.block) }
        if let v = locals[name] { return v }
        if let v = counters[name] { return v }
        if Access.hasOwn(environment, name) { return Access.readProperty(environment, key) }
        return Access.readProperty(.object(JSONObject()), key)
    }

    func apply(_ f: FilterCall, to value: LValue) throws -> LValue {
        // A long chain of filters, each within the memory budget, must still stop at the
        // render time limit.
        try checkTime()
        var args: [LValue] = []
        for a in f.args {
            switch a {
            case .positional(let e):
                args.append(try evaluate(e))
            case .keyword(let k, let e):
                args.append(.array([.string(k), try e.map { try evaluate($0) } ?? .undefined]))
            }
        }
        guard let impl = f.impl else { return value }
        return try impl(value, args, self)
    }
}

/// Property access as LiquidJS reads it (own properties only, plus `size`, `first`, `last`).
enum Access {
    /// Whether `obj` has an own property `key` (JavaScript `hasOwnProperty`).
    static func hasOwn(_ obj: LValue, _ key: String) -> Bool {
        switch obj {
        case .object(let o): return o[key] != nil
        case .array(let a):
            if key == "length" { return true }
            if let i = ArrayIndex.offset(key) { return i < a.count }
            return false
        case .string(let s):
            if key == "length" { return true }
            if let i = ArrayIndex.offset(key) { return i < s.utf16.count }
            return false
        default: return false
        }
    }

    static func ownProperty(_ obj: LValue, _ key: String) -> LValue {
        switch obj {
        case .object(let o): return o[key].map(LValue.init) ?? .undefined
        case .array(let a):
            if key == "length" { return .int(a.count) }
            if let i = ArrayIndex.offset(key), i < a.count { return a[i] }
            return .undefined
        case .string(let s):
            if key == "length" { return .int(JSText.length(s)) }
            if let i = ArrayIndex.offset(key), let unit = JSText.unit(s, at: i) { return .string(unit) }
            return .undefined
        case .drop(.block):
            return key == "super" ? .string("") : .undefined
        default: return .undefined
        }
    }

    static func readProperty(_ obj: LValue, _ rawKey: LValue) -> LValue {
        let key = rawKey.toValue
        switch obj {
        case .null: return .null
        case .undefined: return .undefined
        default: break
        }
        if case .array(let a) = obj, LiquidOps.compare(key, .int(0), .lt) {
            let d = Double(a.count) + key.jsNumber
            if d >= 0, d < Double(a.count), d == d.rounded(.towardZero) { return a[Int(d)] }
            return .undefined
        }
        let name = key.jsString
        let value = ownProperty(obj, name)
        // A drop answers only its own members (LiquidJS `liquidMethodMissing`).
        if case .drop = obj { return value }
        guard case .string(let k) = key else { return value }
        switch k {
        case "size": return readSize(obj)
        case "first":
            if case .array(let a) = obj { return a.first ?? .undefined }
            return ownProperty(obj, "first")
        case "last":
            if case .array(let a) = obj { return a.last ?? .undefined }
            return ownProperty(obj, "last")
        default: return value
        }
    }

    static func readSize(_ obj: LValue) -> LValue {
        switch obj {
        case .object(let o):
            if let s = o["size"] { return LValue(s) }
            return .int(o.count)
        case .array(let a): return .int(a.count)
        case .string(let s): return .int(s.utf16.count)
        case .drop: return .int(0)
        default: return .undefined
        }
    }
}
