import JSONValues

/// Bounds the work of one evaluation of a mapping, so that no mapping and no event can make
/// it run for hours or use all memory.
///
/// Some inputs grow exponentially or quadratically when evaluated: `@transform` can
/// reference its intermediate value many times over at every level (the value is shared
/// in memory, but is exponentially large as a tree, and every walk over it — encoding,
/// flattening, serializing — is exponential); nested `@json` encodes or `@replace`s multiply
/// a string's length at every level; `$\`` in a replacement copies the text before each
/// match; `@flatten` repeats every key prefix once per leaf. Each of these charges what it
/// builds or walks to the evaluation's budget, and evaluation stops with a ``MappingError``
/// at the directive's place once the budget is spent.
///
/// The unit is one character (UTF-8 byte or UTF-16 unit) of text built, or one value
/// walked. The budget is far above anything a real event needs (Segment limits events to 32 KB).
///
/// A budget lives for one evaluation only, on the stack (``with(units:_:)``): it is made
/// for every event a mapping evaluates, and a heap object would cost an allocation and a
/// release each time. Its methods charge it through its address, so it is passed by value.
struct EvaluationBudget {
    /// The units one evaluation may spend.
    static let defaultUnits = 1 << 26

    /// Units left; negative once the budget is spent.
    var remaining: Int { state.pointee }
    /// The units this budget started with.
    let limit: Int
    private let state: UnsafeMutablePointer<Int>

    /// `body`'s result with a budget of `units`, which lives until `body` returns.
    static func with<Result>(units: Int = EvaluationBudget.defaultUnits, _ body: (EvaluationBudget) throws -> Result) rethrows -> Result {
        try withUnsafeTemporaryAllocation(of: Int.self, capacity: 1) { buffer in
            let state = buffer.baseAddress!
            state.initialize(to: units)
            return try body(EvaluationBudget(limit: units, state: state))
        }
    }

    private init(limit: Int, state: UnsafeMutablePointer<Int>) {
        self.limit = limit
        self.state = state
    }

    /// Spends `units`; throws when that exhausts the budget.
    func charge(_ units: Int, at pointer: String) throws {
        state.pointee -= units
        if state.pointee < 0 { throw exhausted(at: pointer) }
    }

    /// Spends the size of `value` as a tree (one unit per value, plus the UTF-8 length of
    /// strings and keys, and a few units for each number, boolean and null). Stops as soon as the budget is spent, so a value whose shared
    /// subtrees make it exponentially large as a tree costs bounded work.
    func chargeTree(_ value: JSON, at pointer: String) throws {
        var remaining = state.pointee
        defer { state.pointee = remaining }
        var pending: [JSON] = [value]
        remaining -= 1
        while let v = pending.popLast() {
            switch v {
            case .string(let s):
                remaining -= s.utf8.count
            case .number:
                // About as long as a number's text usually is, so that the charge follows
                // the size of the JSON text a walk of the value produces.
                remaining -= 8
            case .bool, .null:
                remaining -= 4
            case .array(let a):
                remaining -= a.count
                if remaining < 0 { throw exhausted(at: pointer) }
                pending.append(contentsOf: a)
            case .object(let o):
                remaining -= o.count
                if remaining < 0 { throw exhausted(at: pointer) }
                for (k, member) in o {
                    remaining -= k.utf8.count
                    pending.append(member)
                }
            }
            if remaining < 0 { throw exhausted(at: pointer) }
        }
    }

    /// The error for a spent budget, at `pointer`.
    func exhaustedError(at pointer: String) -> MappingError { exhausted(at: pointer) }

    private func exhausted(at pointer: String) -> MappingError {
        MappingError(
            message: "evaluation stopped: the values this mapping builds grew past the limit of \(limit) characters and elements",
            pointer: pointer)
    }
}
