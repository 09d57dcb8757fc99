import JavaScriptRules
import JSONValues
/// String filters, as LiquidJS's `filters/string.ts` behaves.
enum StringFilters {
    static let all: [String: FilterImpl] = [
        "append": { v, a, c in
            guard a.count == 1 else { throw LiquidFailure("append expect 2 arguments") }
            let l = v.stringified, r = a[0].stringified
            try c.useMemory(l.jsLength + r.jsLength)
            return .string(l + r)
        },
        "prepend": { v, a, c in
            guard a.count == 1 else { throw LiquidFailure("prepend expect 2 arguments") }
            let l = v.stringified, r = a[0].stringified
            try c.useMemory(l.jsLength + r.jsLength)
            return .string(r + l)
        },
        "lstrip": { v, a, c in
            let u = JSText.units(v.stringified)
            try c.useMemory(u.count)
            let chars = a[arg: 0]
            guard chars.isJSTruthy else { return .string(JSText.trimStart(u)) }
            let set = try charSet(chars, c)
            var i = 0
            while i < u.count && set.contains(u[i]) { i += 1 }
            return .string(JSText.string(u[i...]))
        },
        "rstrip": { v, a, c in
            let u = JSText.units(v.stringified)
            try c.useMemory(u.count)
            let chars = a[arg: 0]
            guard chars.isJSTruthy else { return .string(JSText.trimEnd(u)) }
            let set = try charSet(chars, c)
            var j = u.count
            while j > 0 && set.contains(u[j - 1]) { j -= 1 }
            return .string(JSText.string(u[..<j]))
        },
        "strip": { v, a, c in
            let u = JSText.units(v.stringified)
            try c.useMemory(u.count)
            let chars = a[arg: 0]
            guard chars.isJSTruthy else { return .string(JSText.trim(u)) }
            let s = chars.stringified
            let set = Set(s.unicodeScalars.compactMap { $0.value <= 0xFFFF ? UInt16($0.value) : nil })
            try c.useMemory(Set(s.unicodeScalars).count)
            var i = 0
            while i < u.count && set.contains(u[i]) { i += 1 }
            var j = u.count
            while j > i && set.contains(u[j - 1]) { j -= 1 }
            return .string(JSText.string(u[i..<j]))
        },
        "downcase": { v, _, c in
            let s = v.stringified
            try c.useMemory(s.jsLength)
            return .string(JSText.lower(s))
        },
        "upcase": { v, _, c in
            let s = v.stringified
            try c.useMemory(s.jsLength)
            return .string(JSText.upper(s))
        },
        "capitalize": { v, _, c in
            let u = JSText.units(v.stringified)
            try c.useMemory(u.count)
            guard let f = u.first else { return .string("") }
            return .string(JSText.upper(JSText.string([f])) + JSText.lower(JSText.string(u[1...])))
        },
        "remove": { v, a, c in
            let s = v.stringified, p = a[arg: 0].stringified
            try c.useMemory(s.jsLength + p.jsLength)
            if p.isEmpty { return .string(s) }
            return .string(JSText.replacingAll(JSText.units(s), JSText.units(p), with: []))
        },
        "remove_first": { v, a, c in
            let s = v.stringified, p = a[arg: 0].stringified
            try c.useMemory(s.jsLength + p.jsLength)
            return .string(replaceFirst(s, p, ""))
        },
        "remove_last": { v, a, c in
            let s = v.stringified, p = a[arg: 0].stringified
            try c.useMemory(s.jsLength + p.jsLength)
            return .string(replaceLast(s, p, ""))
        },
        "replace": { v, a, c in
            let s = v.stringified, p = a[arg: 0].stringified, r = a[arg: 1].stringified
            // Charged before anything is built, and built in one pass: a chain of replaces
            // with an empty pattern once made a string per character of a long text.
            let su = JSText.units(s), pu = JSText.units(p)
            try c.useMemory(s.jsLength + (JSText.splitCount(su, pu) - 1) * (r.jsLength - p.jsLength))
            return .string(JSText.replacingAll(su, pu, with: JSText.units(r)))
        },
        "replace_first": { v, a, c in
            let s = v.stringified, p = a[arg: 0].stringified, r = a[arg: 1].stringified
            try c.useMemory(s.jsLength + p.jsLength + r.jsLength)
            return .string(replaceFirst(s, p, r))
        },
        "replace_last": { v, a, c in
            let s = v.stringified, p = a[arg: 0].stringified, r = a[arg: 1].stringified
            try c.useMemory(s.jsLength + p.jsLength + r.jsLength)
            return .string(replaceLast(s, p, r))
        },
        "split": { v, a, c in
            let s = v.stringified
            try c.useMemory(s.jsLength)
            var parts = JSText.split(JSText.units(s), JSText.units(a[arg: 0].stringified))
            if parts.count > LiquidLimits.maxArrayLength { throw LiquidFailure("memory alloc limit exceeded") }
            while let last = parts.last, last.isEmpty { parts.removeLast() }
            return .array(parts.map { .string($0) })
        },
        "strip_newlines": { v, _, c in
            let u = JSText.units(v.stringified)
            try c.useMemory(u.count)
            var out: [UInt16] = []
            out.reserveCapacity(u.count)
            var i = 0
            while i < u.count {
                if u[i] == 0x0A { i += 1; continue }
                if u[i] == 0x0D && i + 1 < u.count && u[i + 1] == 0x0A { i += 2; continue }
                out.append(u[i])
                i += 1
            }
            return .string(JSText.string(out))
        },
        "truncate": { v, a, c in
            let s = v.stringified
            let l = a[arg: 0].isUndefined ? LValue.int(50) : a[0]
            let o = a[arg: 1].isUndefined ? "..." : a[1].stringified
            try c.useMemory(s.jsLength + o.jsLength)
            if LiquidOps.jsCompare(.int(s.jsLength), l, .le) { return v }
            let end = JSText.toInteger(l.jsNumber - Double(o.jsLength))
            return .string(JSText.substring(JSText.units(s), 0, end) + o)
        },
        "truncatewords": { v, a, c in
            let s = v.stringified
            var words = a[arg: 0].isUndefined ? LValue.int(15) : a[0]
            let o = a[arg: 1].isUndefined ? "..." : a[1].stringified
            try c.useMemory(s.jsLength + o.jsLength)
            let parts = JSText.splitWhitespace(JSText.units(s))
            if LiquidOps.jsCompare(words, .int(0), .le) { words = .int(1) }
            let n = words.jsNumber
            let end = n.isNaN ? 0 : (n >= Double(parts.count) ? parts.count : max(0, JSText.toInteger(n)))
            var ret = parts[0..<end].joined(separator: " ")
            if LiquidOps.jsCompare(.int(parts.count), words, .ge) { ret += o }
            return .string(ret)
        },
        "normalize_whitespace": { v, _, c in
            let u = JSText.units(v.stringified)
            try c.useMemory(u.count)
            return .string(JSText.splitWhitespace(u).joined(separator: " "))
        },
        "number_of_words": { v, a, c in
            let s = v.stringified
            try c.useMemory(s.jsLength)
            let t = JSText.trim(JSText.units(s))
            if t.isEmpty { return .int(0) }
            let mode = a[arg: 0].stringValue
            let cjk = t.unicodeScalars.filter { isCJK($0.value) }.count
            let plain = JSText.splitWhitespace(JSText.units(t)).count
            switch mode {
            case "cjk": return .int(cjk + nonCJKRuns(t))
            case "auto": return .int(cjk > 0 ? cjk + nonCJKRuns(t) : plain)
            default: return .int(plain)
            }
        },
    ]

    static func charSet(_ chars: LValue, _ c: RenderContext) throws -> Set<UInt16> {
        let s = chars.stringified
        try c.useMemory(s.jsLength)
        return Set(s.unicodeScalars.compactMap { $0.value <= 0xFFFF ? UInt16($0.value) : nil })
    }

    /// `s.replace(p, () => r)`: the first occurrence only.
    static func replaceFirst(_ s: String, _ p: String, _ r: String) -> String {
        let u = JSText.units(s), pu = JSText.units(p)
        guard let i = JSText.indexOf(u, pu, from: 0) else { return s }
        return JSText.string(u[..<i]) + r + JSText.string(u[(i + pu.count)...])
    }

    static func replaceLast(_ s: String, _ p: String, _ r: String) -> String {
        let u = JSText.units(s), pu = JSText.units(p)
        guard let i = JSText.lastIndexOf(u, pu) else { return s }
        return JSText.string(u[..<i]) + r + JSText.string(u[min(i + pu.count, u.count)...])
    }

    static func isCJK(_ v: UInt32) -> Bool {
        switch v {
        case 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x3400...0x4DBF, 0x3040...0x309F, 0x30A0...0x30FF, 0xAC00...0xD7AF: return true
        default: return false
        }
    }

    /// Runs of characters that are neither CJK nor whitespace.
    static func nonCJKRuns(_ s: String) -> Int {
        var n = 0
        var inRun = false
        for u in s.unicodeScalars {
            let other = !isCJK(u.value) && !JSWhitespace.contains(u.value)
            if other && !inRun { n += 1 }
            inRun = other
        }
        return n
    }
}
