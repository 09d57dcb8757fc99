import JSONValues

/// The checks the reference's `validate()` makes, with its rules for what it looks into and
/// where it stops, so that a mapping gets the same messages the reference gives.
///
/// The compiler makes its own checks as it builds the plan (more of them, and in places
/// the reference does not look); these run first so that the reference's wording of the
/// first problem comes first. Where the reference stops:
/// - an options object is first checked member by member as a mapping of its own (every
///   member, known option or not); when one fails, the option checks are skipped;
/// - each option is checked once, stopping at its first problem;
/// - arrays, and the values of `@literal`, `@excludeWhenNull` and raw options, are not
///   looked into;
/// - `@merge` checks its objects only when its options passed, stops at the first bad one,
///   and names places from the root (it forgets where it is).
struct ReferenceValidation {
    /// One problem, or several found side by side.
    struct Failure: Error {
        var errors: [MappingError]
    }

    /// Directives this engine adds; the reference does not know them, and their own
    /// checks are the compiler's.
    static let extraDirectives: Set<String> = ["@coalesce", "@lookup", "@date", "@filter", "@omit", "@stringify", "@map"]

    /// A place: the exact JSON Pointer and the one the reference names.
    struct Place {
        var exact: String
        var reported: String
        var depth: Int

        func appending(_ key: String) -> Place {
            Place(exact: JSONPointer.appending(exact, key), reported: JSONPointer.appending(reported, key), depth: depth + 1)
        }
    }

    /// Every problem the reference's validator reports for `mapping`, in its order.
    static func errors(in mapping: JSON) -> [MappingError] {
        do {
            try validate(mapping, Place(exact: "", reported: "", depth: 0))
            return []
        } catch {
            return error.errors
        }
    }

    private static func fail(_ place: Place, _ message: String) -> Failure {
        Failure(errors: [MappingError(message: message, pointer: place.exact, referencePointer: place.reported)])
    }

    private static func kind(_ value: JSON?) -> String {
        guard let value else { return "undefined" }
        return Compiler.kind(value)
    }

    private static func described(_ value: JSON?) -> String {
        let k = kind(value)
        return "\(Compiler.article(k)) \(k)"
    }

    /// "an object": the type word without `directive` (the reference's `realTypeOf`).
    private static func plainDescribed(_ value: JSON?) -> String {
        let k = value?.kindName ?? "undefined"
        return "\(Compiler.article(k)) \(k)"
    }

    // MARK: Mappings

    static func validate(_ value: JSON, _ place: Place) throws(Failure) {
        // Deeper mappings are the compiler's to reject.
        guard place.depth <= Compiler.maxDepth else { return }
        switch kind(value) {
        case "directive": try directive(value, place)
        case "object": try object(value, place)
        default: return
        }
    }

    static func object(_ value: JSON?, _ place: Place) throws(Failure) {
        guard kind(value) == "object", case .object(let o)? = value else {
            throw fail(place, "should be an object but it is \(described(value))")
        }
        var errors: [MappingError] = []
        for (k, v) in o {
            do { try validate(v, place.appending(k)) } catch { errors += error.errors }
        }
        if !errors.isEmpty { throw Failure(errors: errors) }
    }

    static func directive(_ value: JSON, _ place: Place) throws(Failure) {
        guard case .object(let o) = value else { return }
        guard place.depth <= Compiler.maxDepth else { return }
        if let problem = Compiler.directiveShapeProblem(o) { throw fail(place, problem) }
        guard let name = o.keys.first(where: { $0.hasPrefix("@") }) else { return }
        let options = o[name]
        let here = place.appending(name)
        switch name {
        case "@if":
            try fields(options, here, [
                ("exists", false, anyValue), ("then", false, anyValue), ("else", false, anyValue),
            ])
        case "@case":
            try fields(options, here, [("operator", false, string), ("value", false, directiveOrStringChecked)])
        case "@replace":
            try fields(options, here, [
                ("pattern", true, { v, p throws(Failure) in try string(v, p); try length(v, p, 1, 10) }),
                ("replacement", false, { v, p throws(Failure) in try string(v, p); try length(v, p, 0, 10) }),
                ("value", true, directiveOrStringChecked),
                ("ignorecase", false, boolean),
                ("global", false, boolean),
            ])
        case "@arrayPath":
            guard case .array(let items)? = options else {
                throw fail(here, "should be an array but it is \(plainDescribed(options))")
            }
            // The reference names the elements' places without their index.
            try directiveOrString(items.first, Place(exact: JSONPointer.appending(here.exact, 0), reported: here.reported, depth: here.depth + 1))
            if items.count > 1 {
                try validate(items[1], Place(exact: JSONPointer.appending(here.exact, 1), reported: here.reported, depth: here.depth + 1))
            }
        case "@path", "@template":
            try directiveOrString(options, here)
        case "@json":
            try fields(options, here, [("value", true, anyValue), ("mode", true, { v, p throws(Failure) in try oneOf(v, p, ["encode", "decode"]) })])
        case "@flatten":
            try fields(options, here, [("separator", false, string), ("value", true, anyValue)])
        case "@merge":
            try fields(options, here, [
                ("direction", false, { v, p throws(Failure) in try oneOf(v, p, ["left", "right"]) }),
                ("objects", true, { v, p throws(Failure) in
                    guard case .array? = v else { throw fail(p, "should be an array but it is \(plainDescribed(v))") }
                }),
            ])
            guard case .object(let opts)? = options, case .array(let objects)? = opts["objects"] else { return }
            for (i, item) in objects.enumerated() {
                // The reference checks each object as a mapping of its own, from the root.
                let itemPlace = Place(exact: JSONPointer.appending(JSONPointer.appending(here.exact, "objects"), i), reported: "", depth: here.depth + 2)
                try directiveOrObject(item, itemPlace)
            }
        case "@literal", "@excludeWhenNull":
            try directiveOrRaw(options, here)
        case "@transform":
            try fields(options, here, [("apply", true, directiveOrObjectChecked), ("mapping", true, directiveOrObjectChecked)])
        case "@liquid":
            try string(options, here)
        default:
            if extraDirectives.contains(name) { return }
            throw fail(place, "has an invalid directive: \(name)")
        }
    }

    // MARK: Options

    typealias Check = (JSON?, Place) throws(Failure) -> Void

    /// An options object: every member checked as a mapping first, then each listed option.
    static func fields(_ options: JSON?, _ place: Place, _ checks: [(name: String, required: Bool, check: Check)]) throws(Failure) {
        try object(options, place)
        guard case .object(let o)? = options else { return }
        var errors: [MappingError] = []
        for (name, required, check) in checks {
            guard let v = o[name] else {
                if required { errors += fail(place, "should have field \"\(name)\" but it doesn't").errors }
                continue
            }
            do { try check(v, place.appending(name)) } catch { errors += error.errors }
        }
        if !errors.isEmpty { throw Failure(errors: errors) }
    }

    // Options were already checked as mappings (directives and objects in full) before
    // these run, so the checks below look only at their type.

    static func anyValue(_ v: JSON?, _ place: Place) throws(Failure) {}

    static func directiveOrStringChecked(_ v: JSON?, _ place: Place) throws(Failure) {
        switch kind(v) {
        case "directive", "string": return
        default: throw fail(place, "should be a string or a mapping directive but it is \(described(v))")
        }
    }

    static func directiveOrObjectChecked(_ v: JSON?, _ place: Place) throws(Failure) {
        switch kind(v) {
        case "directive", "object": return
        default: throw fail(place, "should be a object or a mapping directive but it is \(described(v))")
        }
    }

    static func directiveOrRaw(_ v: JSON?, _ place: Place) throws(Failure) {
        guard let v else { throw fail(place, "should be a mapping directive or a JSON value but it is an undefined") }
        if kind(v) == "directive" { try directive(v, place) }
    }

    static func directiveOrString(_ v: JSON?, _ place: Place) throws(Failure) {
        switch kind(v) {
        case "directive": if let v { try directive(v, place) }
        case "string": return
        default: throw fail(place, "should be a string or a mapping directive but it is \(described(v))")
        }
    }

    static func directiveOrObject(_ v: JSON?, _ place: Place) throws(Failure) {
        switch kind(v) {
        case "directive": if let v { try directive(v, place) }
        case "object": try object(v, place)
        default: throw fail(place, "should be a object or a mapping directive but it is \(described(v))")
        }
    }

    static func string(_ v: JSON?, _ place: Place) throws(Failure) {
        guard kind(v) == "string" else { throw fail(place, "should be a string but it is \(described(v))") }
    }

    static func boolean(_ v: JSON?, _ place: Place) throws(Failure) {
        guard kind(v) == "boolean" else { throw fail(place, "should be a boolean but it is \(described(v))") }
    }

    static func length(_ v: JSON?, _ place: Place, _ min: Int, _ max: Int) throws(Failure) {
        guard case .string(let s)? = v else { return }
        let n = s.utf16.count
        if n < min { throw fail(place, "should be a string of length \(min) or greater") }
        if n > max { throw fail(place, "should be a string of length \(max) or less") }
    }

    static func oneOf(_ v: JSON?, _ place: Place, _ allowed: [String]) throws(Failure) {
        try string(v, place)
        guard case .string(let s)? = v else { return }
        if !allowed.contains(s.lowercased()) {
            throw fail(place, "should be one of \(allowed.joined(separator: ", ")) but it is \(JS.stringify(.string(s)))")
        }
    }
}
