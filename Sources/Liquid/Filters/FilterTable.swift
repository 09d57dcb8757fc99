import JavaScriptRules
import JSONValues
/// A filter: the input, the evaluated arguments (a `key: value` argument arrives as the
/// two-element array `[key, value]`, as in LiquidJS), and the render context.
typealias FilterImpl = @Sendable (LValue, [LValue], RenderContext) throws -> LValue

/// Every filter the engine knows, by name. Names not listed pass their input through
/// unchanged (LiquidJS without `strictFilters`).
enum FilterTable {
    /// Filters Segment's mapping kit disables; each fails with `filter "NAME" is disabled`.
    static let disabledNames: [String] = [
        "array_to_sentence_string", "concat", "find", "find_exp", "find_index", "find_index_exp",
        "group_by", "group_by_exp", "has", "has_exp", "map", "newline_to_br", "reject", "reject_exp",
        "reverse", "sort", "sort_natural", "uniq", "where_exp", "type",
    ]

    static let filters: [String: FilterImpl] = {
        var t: [String: FilterImpl] = [:]
        for (k, v) in StringFilters.all { t[k] = v }
        for (k, v) in MathFilters.all { t[k] = v }
        for (k, v) in HTMLFilters.all { t[k] = v }
        for (k, v) in URLFilters.all { t[k] = v }
        for (k, v) in ArrayFilters.all { t[k] = v }
        for (k, v) in MiscFilters.all { t[k] = v }
        for (k, v) in EncodingFilters.all { t[k] = v }
        for (k, v) in DateFilters.all { t[k] = v }
        for name in disabledNames {
            t[name] = { _, _, _ in throw LiquidFailure("filter \"\(name)\" is disabled") }
        }
        return t
    }()

    /// The names of the filters that work (not disabled), sorted.
    static var enabledNames: [String] {
        filters.keys.filter { !disabledNames.contains($0) }.sorted()
    }
}

extension Array where Element == LValue {
    /// The argument at `i`, or `undefined` when not passed.
    subscript(arg i: Int) -> LValue { i < count ? self[i] : .undefined }
}

extension String {
    /// JavaScript `length`.
    var jsLength: Int { JSText.length(self) }
}
