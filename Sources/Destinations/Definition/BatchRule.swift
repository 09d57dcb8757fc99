import JSONValues

/// How an action's requests may be merged into fewer, larger requests, as data in the
/// action's `request`:
///
/// ```json
/// "request": {
///   "json": { "impressions": [ { "@path": "$.payload" } ] },
///   "batch": { "array": "impressions", "maxItems": 50, "maxBytes": 1000000, "maxWaitMilliseconds": 1000 }
/// }
/// ```
///
/// Each element of the body's `array` is one item. Requests whose method, URL, headers and
/// the rest of the body are equal are merged by concatenating their items, at most
/// `maxItems` items and about `maxBytes` bytes of body per request; a partial batch is sent
/// once its first item has waited `maxWaitMilliseconds`.
public struct BatchRule: Sendable, Equatable, Hashable {
    /// The top-level key of the JSON body whose array collects items.
    public let array: String
    /// The most items in one request (Topsort's API takes at most 50 per array).
    public let maxItems: Int
    /// The most bytes of JSON body in one request (an item larger than this goes alone).
    public let maxBytes: Int
    /// How long a partial batch may wait for more items, in milliseconds.
    public let maxWaitMilliseconds: Int

    public static let defaultMaxItems = 100
    public static let defaultMaxBytes = 1_000_000
    public static let defaultMaxWaitMilliseconds = 1_000

    public init(array: String, maxItems: Int = BatchRule.defaultMaxItems, maxBytes: Int = BatchRule.defaultMaxBytes,
                maxWaitMilliseconds: Int = BatchRule.defaultMaxWaitMilliseconds) {
        self.array = array
        self.maxItems = max(1, maxItems)
        self.maxBytes = max(1, maxBytes)
        self.maxWaitMilliseconds = max(0, maxWaitMilliseconds)
    }

    static let knownKeys: Set<ExactKey> = ["array", "maxItems", "maxBytes", "maxWaitMilliseconds"]

    /// Reads a rule from its JSON form (as written in a definition or in a request line);
    /// `nil` with a message when it is not one.
    public static func parse(_ json: JSON) -> Result<BatchRule, BatchRuleError> {
        guard let o = json.objectValue else { return .failure(BatchRuleError(pointer: "", message: "'batch' must be an object with 'array' and optionally 'maxItems', 'maxBytes', 'maxWaitMilliseconds'")) }
        for (k, _) in o where !knownKeys.contains(exactly: k) {
            return .failure(BatchRuleError(pointer: "/" + k, message: "unknown batch property '\(k)' (allowed: \(knownKeys.sortedList))"))
        }
        guard let array = o["array"]?.stringValue, !array.isEmpty else {
            return .failure(BatchRuleError(pointer: "/array", message: "'array' must name the body's top-level array that collects items"))
        }
        func count(_ key: String, _ fallback: Int, minimum: Int) -> Result<Int, BatchRuleError> {
            guard let v = o[key] else { return .success(fallback) }
            guard let d = v.numberValue?.doubleValue, d == d.rounded(), d >= Double(minimum), d <= 1e12 else {
                return .failure(BatchRuleError(pointer: "/" + key, message: "'\(key)' must be a whole number of at least \(minimum)"))
            }
            return .success(Int(d))
        }
        do {
            return .success(BatchRule(
                array: array,
                maxItems: try count("maxItems", defaultMaxItems, minimum: 1).get(),
                maxBytes: try count("maxBytes", defaultMaxBytes, minimum: 1).get(),
                maxWaitMilliseconds: try count("maxWaitMilliseconds", defaultMaxWaitMilliseconds, minimum: 0).get()
            ))
        } catch {
            return .failure(error)
        }
    }

    /// `{"array":…,"maxItems":…,"maxBytes":…,"maxWaitMilliseconds":…}`
    public var jsonValue: JSON {
        var o = JSONObject(minimumCapacity: 4)
        o.appendUnchecked("array", .string(array))
        o.appendUnchecked("maxItems", .int(maxItems))
        o.appendUnchecked("maxBytes", .int(maxBytes))
        o.appendUnchecked("maxWaitMilliseconds", .int(maxWaitMilliseconds))
        return .object(o)
    }
}

/// Why a `batch` object is not a valid ``BatchRule``: where (a JSON Pointer inside it) and what.
public struct BatchRuleError: Error, Sendable, Equatable, CustomStringConvertible {
    public let pointer: String
    public let message: String
    public var description: String { message }
}
