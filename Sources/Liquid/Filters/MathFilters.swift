import JSONValues
import Foundation

/// Math filters, as LiquidJS's `filters/math.ts` behaves: every argument passed is turned
/// into a number (`+x || 0`); an argument not passed stays undefined, so `{{ 5 | plus }}`
/// is `NaN`, as in JavaScript. `divided_by` divides exactly (`10 | divided_by: 4` is 2.5)
/// unless its third argument asks for integer arithmetic.
enum MathFilters {
    /// The input and passed arguments as LiquidJS numbers.
    static func numbers(_ v: LValue, _ a: [LValue]) -> [Double] {
        [v.liquidNumber] + a.map(\.liquidNumber)
    }

    /// A binary operation whose missing right-hand side is JavaScript `undefined` (NaN).
    static func binary(_ op: @escaping @Sendable (Double, Double) -> Double) -> FilterImpl {
        { v, a, _ in
            let n = numbers(v, a)
            return .number(op(n[0], n.count > 1 ? n[1] : .nan))
        }
    }

    /// JavaScript `Math.round`: halves round toward +∞.
    static func jsRound(_ x: Double) -> Double {
        guard x.isFinite else { return x }
        let f = x.rounded(.down)
        return x - f >= 0.5 ? f + 1 : f
    }

    static let all: [String: FilterImpl] = [
        "abs": { v, _, _ in .number(abs(v.liquidNumber)) },
        "ceil": { v, _, _ in .number(v.liquidNumber.rounded(.up)) },
        "floor": { v, _, _ in .number(v.liquidNumber.rounded(.down)) },
        "at_least": { v, a, _ in .number(numbers(v, a).max() ?? .nan) },
        "at_most": { v, a, _ in .number(numbers(v, a).min() ?? .nan) },
        "plus": binary { $0 + $1 },
        "minus": binary { $0 - $1 },
        "times": binary { $0 * $1 },
        "modulo": binary { v, m in
            (v.truncatingRemainder(dividingBy: m) + m).truncatingRemainder(dividingBy: m)
        },
        "divided_by": { v, a, _ in
            let n = numbers(v, a)
            let q = n[0] / (n.count > 1 ? n[1] : .nan)
            if n.count > 2 && n[2] != 0 { return .number(q.rounded(.down)) }
            return .number(q)
        },
        "round": { v, a, _ in
            let x = v.liquidNumber
            let digits = a[arg: 0].isUndefined ? 0 : a[0].liquidNumber
            let amp = pow(10, digits)
            let scaled = (x * amp) * (1 + Double.ulpOfOne)
            return .number(jsRound(scaled) / amp)
        },
    ]
}
