import JavaScriptRules

/// Array filters that Segment leaves enabled, as LiquidJS's `filters/array.ts` behaves.
enum ArrayFilters {
    static let all: [String: FilterImpl] = [
        "join": { v, a, c in
            let array = v.liquidArray
            let sepArg = a[arg: 0].toValue
            let sep = sepArg.isNil ? " " : sepArg.stringified
            try c.useMemory(array.count * (1 + sep.jsLength))
            return .string(LValue.jsJoin(array, separator: sep))
        },
        "first": { v, _, _ in
            let x = v.toValue
            switch x {
            case .array(let arr): return arr.first ?? .undefined
            case .string(let s): return s.isEmpty ? .string("") : Access.ownProperty(x, "0")
            case .object:
                guard x.jsLength.isNumber else { return .string("") }
                return Access.readProperty(x, .string("0"))
            default: return .string("")
            }
        },
        "last": { v, _, _ in
            let x = v.toValue
            switch x {
            case .array(let arr): return arr.last ?? .undefined
            case .string(let s):
                return s.isEmpty ? .string("") : Access.ownProperty(x, String(s.utf16.count - 1))
            case .object:
                let len = x.jsLength
                guard len.isNumber else { return .string("") }
                return Access.readProperty(x, .string((len.jsNumber - 1).jsKey))
            default: return .string("")
            }
        },
        "size": { v, _, _ in
            guard v.isJSTruthy else { return .int(0) }
            let len = v.jsLength
            return len.isJSTruthy ? len : .int(0)
        },
        "sum": { v, a, c in
            var total = 0.0
            let property = a[arg: 0]
            for item in v.liquidArray {
                let x: LValue
                if property.isJSTruthy {
                    x = property.stringified.split(separator: ".", omittingEmptySubsequences: false)
                        .reduce(item) { Access.readProperty($0, .string(String($1))) }
                } else {
                    x = item
                }
                let d = x.jsNumber
                total += d.isNaN ? 0 : d
            }
            return .number(total)
        },
        "compact": { v, _, c in
            let array = v.liquidArray
            try c.useMemory(array.count)
            return .array(array.filter { !$0.isNil })
        },
        "push": { v, a, c in
            let array = v.liquidArray
            try c.useMemory(array.count + 1)
            return .array(array + [a[arg: 0]])
        },
        "unshift": { v, a, c in
            let array = v.liquidArray
            try c.useMemory(array.count)
            return .array([a[arg: 0]] + array)
        },
        "pop": { v, _, c in
            var array = v.liquidArray
            try c.useMemory(array.count)
            _ = array.popLast()
            return .array(array)
        },
        "shift": { v, _, c in
            var array = v.liquidArray
            try c.useMemory(array.count)
            if !array.isEmpty { array.removeFirst() }
            return .array(array)
        },
        "slice": { v, a, c in
            let x = v.toValue
            if x.isNil { return .array([]) }
            var begin = a[arg: 0]
            let length = a[arg: 1].isUndefined ? LValue.int(1) : a[1]
            let count: Int
            if case .array(let arr) = x { count = arr.count } else { count = x.stringified.jsLength }
            if LiquidOps.jsCompare(begin, .int(0), .lt) { begin = LiquidOps.jsAdd(.int(count), begin) }
            try c.useMemory(length.jsNumber)
            let end = LiquidOps.jsAdd(begin, length)
            let b = relativeIndex(begin.jsNumber, count), e = relativeIndex(end.jsNumber, count)
            if case .array(let arr) = x { return .array(b < e ? Array(arr[b..<e]) : []) }
            let u = JSText.units(x.stringified)
            return .string(b < e ? JSText.string(u[b..<e]) : "")
        },
        "where": { v, a, c in
            let array = v.liquidArray
            try c.useMemory(array.count)
            var lx = Lexer(JSText.units(a[arg: 0].stringified))
            let path: ValueExpr?
            do {
                path = try lx.readScopeValue()
            } catch let f as LiquidFailure {
                // The position is in the property text, not the template: report the filter's.
                throw LiquidFailure(f.message)
            }
            let expected = a[arg: 1].isUndefined ? nil : a[1]
            var out: [LValue] = []
            for item in array {
                let value = try path.map { try c.evaluate($0, scope: item) } ?? .undefined
                let keep = expected.map { LiquidOps.equals(value, $0) } ?? value.isTruthy
                if keep { out.append(item) }
            }
            return .array(out)
        },
        "sample": { v, a, c in
            let x = v.toValue
            if x.isNil { return .array([]) }
            var items: [LValue]
            if case .array(let arr) = x { items = arr } else { items = x.stringified.unicodeScalars.map { .string(String($0)) } }
            try c.useMemory(items.count)
            items.shuffle()
            let count = a[arg: 0].isUndefined ? LValue.int(1) : a[0]
            if case .number(let n) = count, n.doubleValue == 1 { return items.first ?? .undefined }
            let k = relativeIndex(count.jsNumber, items.count)
            return .array(Array(items[0..<k]))
        },
    ]

    /// `Array.prototype.slice` index normalisation.
    static func relativeIndex(_ d: Double, _ count: Int) -> Int {
        if d.isNaN { return 0 }
        if d == -.infinity { return 0 }
        if d == .infinity { return count }
        let i = JSText.toInteger(d)
        return i < 0 ? max(count + i, 0) : min(i, count)
    }
}

extension Double {
    /// The property key JavaScript makes of a number.
    var jsKey: String { JSONNumber.javaScriptText(self) }
}

import JSONValues
