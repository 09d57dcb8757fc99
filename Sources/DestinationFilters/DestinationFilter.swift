import JSONValues

/// One destination filter, in the shape of Segment's Public API destination filter:
///
/// ```json
/// {"title": "Keep PII out", "enabled": true, "if": "all",
///  "actions": [{"type": "drop_properties", "fields": {"properties": ["email"]}}]}
/// ```
///
/// `if` is FQL text, `"all"`, or tsub's intermediate representation (see
/// ``FilterCondition``); `actions` are read by ``FilterAction/init(json:)``. A disabled
/// filter is checked but never applied.
public struct DestinationFilter: Sendable {
    /// The filter's title, shown in discard reasons.
    public let title: String?
    /// Whether the filter is applied.
    public let enabled: Bool
    /// Which events it applies to.
    public let condition: FilterCondition
    /// What it does to them.
    public let actions: [FilterAction]

    public init(title: String? = nil, enabled: Bool = true, if condition: FilterCondition, actions: [FilterAction]) {
        self.title = title
        self.enabled = enabled
        self.condition = condition
        self.actions = actions
    }

    /// The members a filter may have: its own, and the Public API's bookkeeping (ignored).
    static let knownKeys: Set<ExactKey> = [
        "title", "description", "enabled", "if", "actions",
        "id", "workspaceId", "sourceId", "destinationId", "createdAt", "updatedAt",
    ]

    /// Reads a filter; throws every problem found, located inside the filter.
    public init(json: JSON) throws(FilterFileError) {
        guard case .object(let o) = json else {
            throw FilterFileError([FilterProblem("", "a filter is an object with \"if\" and \"actions\", not \(json.kindName)")])
        }
        var problems: [FilterProblem] = []
        for (k, _) in o where !DestinationFilter.knownKeys.contains(exactly: k) {
            problems.append(FilterProblem(JSONPointer.appending("", k), "unknown member '\(k)' (a filter has title, description, enabled, if and actions)"))
        }
        var title: String?
        switch o["title"] {
        case nil, .null?: break
        case .string(let t)?: title = t
        case let v?: problems.append(FilterProblem("/title", "'title' is a string, not \(v.kindName)"))
        }
        var enabled = true
        switch o["enabled"] {
        case nil: break
        case .bool(let b)?: enabled = b
        case let v?: problems.append(FilterProblem("/enabled", "'enabled' is true or false, not \(v.kindName)"))
        }
        var condition: FilterCondition?
        if let c = o["if"] {
            do { condition = try FilterCondition(json: c) } catch { problems.append(error.located(under: "/if")) }
        } else {
            problems.append(FilterProblem("", "the filter has no \"if\" (FQL text, the IR, or \"all\")"))
        }
        var actions: [FilterAction] = []
        switch o["actions"] {
        case .array(let list)? where !list.isEmpty:
            for (i, a) in list.enumerated() {
                do { actions.append(try FilterAction(json: a)) } catch { problems.append(error.located(under: "/actions/\(i)")) }
            }
        case .array?:
            problems.append(FilterProblem("/actions", "the filter has no actions"))
        case let v?:
            problems.append(FilterProblem("/actions", "'actions' is a list of actions, not \(v.kindName)"))
        case nil:
            problems.append(FilterProblem("", "the filter has no \"actions\""))
        }
        guard problems.isEmpty, let condition else { throw FilterFileError(problems) }
        self.init(title: title, enabled: enabled, if: condition, actions: actions)
    }
}
