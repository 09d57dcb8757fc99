import JSONValues

/// The destination filters of one destination, applied as Segment documents: every
/// filter's condition is tested on the event as it arrived, then the actions of the
/// filters that apply run by kind — **sample, drop, drop properties, allow properties**
/// (then `map_properties`, an extension) — each kind in filter order, and within a filter
/// in action order. The first sample or drop that discards the event ends it; property
/// actions work on the event as the earlier ones left it, so two allow lists keep only
/// what both allow. See docs/destination-filters.md.
///
/// ```swift
/// let filters = try FilterSet(parsing: Array(fileBytes))   // every problem, located
/// switch filters.apply(to: event) {
/// case .kept(let filtered, _): send(filtered)
/// case .discarded(let why): log(why.reason)
/// }
/// ```
public struct FilterSet: Sendable {
    /// The filters, in file order (disabled ones included).
    public let filters: [DestinationFilter]

    /// An action to run: which filter, which of its actions, and the action in words
    /// (written once, not per event).
    struct Step: Sendable {
        let filter: Int
        let action: Int
        let description: String
    }

    /// The enabled filters' actions in the order they run.
    let plan: [Step]

    /// No filters.
    public static let none = FilterSet([])

    public init(_ filters: [DestinationFilter]) {
        self.filters = filters
        var steps: [(rank: Int, step: Step)] = []
        for (f, filter) in filters.enumerated() where filter.enabled {
            for (a, action) in filter.actions.enumerated() where action.kind != .hashProperties {
                steps.append((FilterAction.Kind.allCases.firstIndex(of: action.kind)!, Step(filter: f, action: a, description: action.description)))
            }
        }
        // A stable sort by kind keeps file order within each kind.
        plan = steps.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element.step)
    }

    /// Whether no enabled filter has an action (applying the set changes nothing).
    public var isEmpty: Bool { plan.isEmpty }

    /// Reads a filters document: a JSON array of filters (``DestinationFilter/init(json:)``),
    /// or the Public API's answers holding one (`{"filters": […]}`,
    /// `{"data": {"filters": […]}}`). Throws every problem, each located by its JSON
    /// Pointer in the document; nothing of a document with a problem is used.
    public init(json: JSON) throws(FilterFileError) {
        let list: [JSON]
        let base: String
        if case .array(let a) = json {
            (list, base) = (a, "")
        } else if case .array(let a)? = json["filters"] {
            (list, base) = (a, "/filters")
        } else if case .array(let a)? = json["data"]?["filters"] {
            (list, base) = (a, "/data/filters")
        } else {
            throw FilterFileError([FilterProblem("", "a filters file is a JSON array of filters, not \(json.kindName)")])
        }
        var filters: [DestinationFilter] = []
        var problems: [FilterProblem] = []
        for (i, item) in list.enumerated() {
            do {
                filters.append(try DestinationFilter(json: item))
            } catch {
                problems += error.problems.map { $0.located(under: "\(base)/\(i)") }
            }
        }
        if !problems.isEmpty { throw FilterFileError(problems) }
        self.init(filters)
    }

    /// Reads a filters document from its JSON text (see ``init(json:)``).
    public init(parsing bytes: [UInt8]) throws(FilterFileError) {
        let json: JSON
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw FilterFileError([FilterProblem("", "not valid JSON: \(error)")])
        }
        try self.init(json: json)
    }

    /// Applies the filters to `event`; random samples draw from the system's generator.
    public func apply(to event: JSON) -> FilterOutcome {
        var random = SystemRandom()
        return apply(to: event, using: &random)
    }

    /// Applies the filters to `event`, random samples drawing from `random`.
    public func apply(to event: JSON, using random: inout some RandomNumberGenerator) -> FilterOutcome {
        if plan.isEmpty { return .kept(event, changes: []) }
        // Conditions are tested once each, on the event as it arrived.
        var applies = [Bool?](repeating: nil, count: filters.count)
        var current = event
        var changes: [FilterEffect] = []
        for step in plan {
            let filter = filters[step.filter]
            let matches: Bool
            if let known = applies[step.filter] {
                matches = known
            } else {
                matches = filter.condition.matches(event)
                applies[step.filter] = matches
            }
            guard matches else { continue }
            let action = filter.actions[step.action]
            func effect() -> FilterEffect {
                FilterEffect(filterIndex: step.filter, filterTitle: filter.title, action: action.kind, actionDescription: step.description)
            }
            switch action.apply(to: &current, using: &random) {
            case .discarded:
                let e = effect()
                return .discarded(FilterDiscard(filter: e, reason: action.kind == .sample ? "sampled out by \(e)" : e.description))
            case .changed:
                changes.append(effect())
            case .unchanged:
                break
            }
        }
        return .kept(current, changes: changes)
    }
}

extension FilterAction {
    /// tsub-js's `transform`: the actions in the order given, each on the event the
    /// previous one left; `nil` when one drops the event (or samples it out).
    public static func transform(_ event: JSON, with actions: [FilterAction], using random: inout some RandomNumberGenerator) -> JSON? {
        var current = event
        for action in actions where action.apply(to: &current, using: &random) == .discarded { return nil }
        return current
    }

    /// ``transform(_:with:using:)`` with the system's random generator.
    public static func transform(_ event: JSON, with actions: [FilterAction]) -> JSON? {
        var random = SystemRandom()
        return transform(event, with: actions, using: &random)
    }
}
