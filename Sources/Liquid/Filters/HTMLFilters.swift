import JavaScriptRules
import JSONValues
/// HTML filters, as LiquidJS's `filters/html.ts` behaves.
enum HTMLFilters {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&#34;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    static let entities: [(String, String)] = [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&#34;", "\""), ("&#39;", "'")]

    static func unescape(_ s: String) -> String {
        let u = JSText.units(s)
        var out: [UInt16] = []
        var i = 0
        outer: while i < u.count {
            if u[i] == 0x26 {
                for (entity, ch) in entities {
                    let e = JSText.units(entity)
                    if i + e.count <= u.count && Array(u[i..<(i + e.count)]) == e {
                        out.append(contentsOf: ch.utf16)
                        i += e.count
                        continue outer
                    }
                }
            }
            out.append(u[i])
            i += 1
        }
        return JSText.string(out)
    }

    static let all: [String: FilterImpl] = [
        "escape": { v, _, c in
            let s = v.stringified
            try c.useMemory(s.jsLength)
            return .string(escape(s))
        },
        "xml_escape": { v, _, c in
            let s = v.stringified
            try c.useMemory(s.jsLength)
            return .string(escape(s))
        },
        "escape_once": { v, _, c in
            let s = v.stringified
            try c.useMemory(s.jsLength)
            let un = unescape(s)
            try c.useMemory(un.jsLength)
            return .string(escape(un))
        },
        "strip_html": { v, _, c in
            let s = v.stringified
            try c.useMemory(s.jsLength)
            return .string(stripHTML(s))
        },
    ]

    /// Removes `<script>…</script>`, `<style>…</style>`, `<!--…-->` and `<…>`; an opener
    /// with no closer keeps the rest of the text.
    static func stripHTML(_ s: String) -> String {
        let u = JSText.units(s)
        var blocks: [(open: [UInt16], close: [UInt16])] = [
            (JSText.units("<script"), JSText.units("</script>")),
            (JSText.units("<style"), JSText.units("</style>")),
            (JSText.units("<!--"), JSText.units("-->")),
            (JSText.units("<"), JSText.units(">")),
        ]
        var out: [UInt16] = []
        var i = 0
        while i < u.count {
            guard let lt = JSText.indexOf(u, [0x3C], from: i) else {
                out.append(contentsOf: u[i...])
                return JSText.string(out)
            }
            out.append(contentsOf: u[i..<lt])
            var k = 0
            while k < blocks.count {
                let (open, close) = blocks[k]
                let startsWith = lt + open.count <= u.count && Array(u[lt..<(lt + open.count)]) == open
                if !startsWith { k += 1; continue }
                if let e = JSText.indexOf(u, close, from: lt + open.count) {
                    i = e + close.count
                    break
                }
                blocks.remove(at: k)
            }
            if i <= lt {
                out.append(contentsOf: u[lt...])
                return JSText.string(out)
            }
        }
        return JSText.string(out)
    }
}
