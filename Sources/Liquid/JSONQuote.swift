import JavaScriptRules
import JSONValues

/// JSON string quoting as `JSON.stringify` writes it.
enum JSONQuote {
    /// Quotes UTF-16 text; a lone surrogate is written as `\uXXXX`, as `JSON.stringify` does.
    static func quote(units u: [UInt16]) -> String {
        var out = "\""
        var i = 0
        while i < u.count {
            let c = u[i]
            if UTF16.isLeadSurrogate(c), i + 1 < u.count, UTF16.isTrailSurrogate(u[i + 1]) {
                out += JSText.string(u[i...(i + 1)])
                i += 2
                continue
            }
            if UTF16.isLeadSurrogate(c) || UTF16.isTrailSurrogate(c) {
                out += "\\u" + String(c, radix: 16)
            } else {
                let q = quote(JSText.string([c]))
                out += q.dropFirst().dropLast()
            }
            i += 1
        }
        return out + "\""
    }

    /// Quotes text (``JSONValues/JSON/stringified`` of the string).
    static func quote(_ s: String) -> String { JSON.string(s).stringified }
}
