import DestinationFilters
@_spi(Unretained) import JSONValues
import MappingKit
import Triggers

/// Turns events into destination requests for one destination, one set of settings and
/// one list of subscriptions.
///
/// Everything is checked and compiled when the engine is created (definition, settings,
/// triggers, mappings, request templates; URL and headers that read only settings are
/// resolved once), so ``process(event:)`` only evaluates. The engine is an immutable
/// value: share it between threads freely.
///
/// Before any trigger, an event passes the destination's gate: its `integrations` object
/// may route it away (the destination answers to its name and its aliases, see
/// ``routing``), and the
/// destination filters may drop it, sample it out or remove properties (see
/// docs/destination-filters.md). Triggers and mappings see the event as the filters
/// left it.
///
/// ```swift
/// let definition = try DestinationDefinition(parsing: definitionBytes)
/// let engine = try DestinationEngine(definition: definition,
///                                    settings: ["api_key": "sk_live_…"])
/// let result = engine.process(event: try JSON(parsing: line))
/// for request in result.requests { send(request.method, request.url, request.headers, request.json) }
/// for failure in result.failures { log(failure.subscription, failure.field, failure.message) }
/// if let reason = result.discardReason { count(reason) }
/// ```
public struct DestinationEngine: Sendable {
    /// Segment's limit on subscriptions per destination.
    public static let defaultSubscriptionLimit = 50

    /// The definition.
    public let definition: DestinationDefinition
    /// The validated settings (defaults filled in).
    public let settings: JSON
    /// The subscriptions in effect, in order.
    public let subscriptions: [Subscription]
    /// Masks secret settings in text.
    public let redactor: Redactor
    /// The secret settings (fields of type `password`) by name, for tools that must mask
    /// them in what they store and put them back when they resend (dead letters).
    public let secretSettings: [(name: String, value: String)]
    /// The destination filters, applied before the triggers.
    public let filters: FilterSet
    /// Routing by the event's `integrations` object: the definition's name and the aliases.
    public let routing: IntegrationsRouting
    /// The parts of an event that ``process(event:)`` reads: `integrations`, and what the
    /// triggers and the mappings read (see ``MappingKit/Mapping/reads``); everything when
    /// there are destination filters (they may keep or drop any property). Processing
    /// `eventReads.apply(to: event)` gives the same result as processing `event`, so a
    /// caller that parses events can build only this much of each
    /// (``JSONValues/JSONDocumentParser/parse(_:keeping:)``). ``explainDiscard(event:)`` and
    /// discard reports that show the event need the whole of it.
    public let eventReads: JSONProjection

    let compiled: [CompiledSubscription]
    /// `compiled`, read for each event without reference counting (see `Unretained`).
    private let plan: [Unretained<CompiledSubscription>]
    /// The distinct keys of the subscriptions' trigger guards (see `TriggerGuard`).
    let guardKeys: [String]
    /// What ``cannotMatch(_:parser:)`` reads (the guard keys, then `integrations`), or
    /// `nil` when it cannot decide (destination filters, or a trigger without a guard).
    let screenNames: JSONMemberNames?

    /// Checks and compiles everything; throws ``LoadError`` with every problem found.
    ///
    /// - Parameters:
    ///   - definition: the destination's definition.
    ///   - settings: the settings object (API keys and options), checked against the
    ///     definition's settings; defaults are filled in.
    ///   - subscriptions: the subscriptions; `nil` uses the definition's presets, or, for a
    ///     definition without presets, one subscription per action that has a default
    ///     trigger (with its default mapping).
    ///   - subscriptionLimit: more subscriptions than this is an error (Segment allows 50).
    ///   - filters: the destination filters (none by default).
    ///   - aliases: more names the destination answers to in an event's `integrations`
    ///     object, besides the definition's name (`Antavo` for `Antavo (Actions)`).
    public init(
        definition: DestinationDefinition, settings: JSON, subscriptions: [Subscription]? = nil,
        subscriptionLimit: Int = DestinationEngine.defaultSubscriptionLimit,
        filters: FilterSet = .none, aliases: [String] = []
    ) throws(LoadError) {
        self.definition = definition
        self.filters = filters
        self.routing = IntegrationsRouting(names: [definition.name] + aliases)
        let settings = try SettingsValidation.validate(settings, fields: definition.settings)
        self.settings = settings
        self.redactor = Redactor(secrets: SettingsValidation.secrets(settings, fields: definition.settings))
        self.secretSettings = definition.settings.filter { $0.type == .password }.compactMap { f in
            settings[f.key]?.stringValue.flatMap { $0.isEmpty ? nil : (f.key, $0) }
        }
        let subs = subscriptions ?? DestinationEngine.defaultSubscriptions(of: definition)
        self.subscriptions = subs
        var problems = ProblemList(.subscriptions)
        if subs.count > subscriptionLimit {
            problems.add("", "\(subs.count) subscriptions is more than the limit of \(subscriptionLimit) per destination (Segment's limit is \(DestinationEngine.defaultSubscriptionLimit)); raise the limit to allow more")
        }
        var compiled: [CompiledSubscription] = []
        var requestCache: [ExactKey: ResolvedRequest] = [:]
        var guardKeys: [String] = []
        for (i, sub) in subs.enumerated() {
            let p = JSONPointer.appending("", i)
            guard let action = definition.action(sub.action) else {
                problems.add(p + "/action", "no action '\(sub.action)' in \(definition.slug) (actions: \(definition.actions.map(\.key).joined(separator: ", ")))")
                continue
            }
            guard let triggerText = sub.trigger ?? action.defaultTrigger else {
                problems.add(p, "the subscription has no 'trigger' and the action '\(action.key)' has no default trigger")
                continue
            }
            let trigger = TriggerCompiler.compile(triggerText, at: p + "/trigger", problems: &problems)
            let mappingJSON = sub.mapping ?? action.defaultMapping
            let mapping = MappingCompiler.compile(mappingJSON, at: p + "/mapping", problems: &problems)
            // Mapping keys that are not fields of the action are resolved and then dropped by
            // validation, as in Segment (Ajv's removeAdditional at the payload root);
            // `actions validate` reports them as likely typos.
            let request: ResolvedRequest
            if let cached = requestCache[ExactKey(action.key)] {
                request = cached
            } else {
                do {
                    request = try ResolvedRequest(action.request, settings: settings)
                } catch {
                    problems.add(p, "the action '\(action.key)' cannot build its request from these settings: \(redactor.redact(error.message))")
                    continue
                }
                requestCache[ExactKey(action.key)] = request
            }
            guard let trigger, let mapping else { continue }
            let triggerGuard = trigger.guardCondition
            var guardSlot = 0
            if let g = triggerGuard {
                if let slot = guardKeys.firstIndex(where: { ExactText.equal($0, g.key) }) {
                    guardSlot = slot
                } else {
                    guardSlot = guardKeys.count
                    guardKeys.append(g.key)
                }
            }
            compiled.append(CompiledSubscription(
                index: i, name: sub.name ?? action.title, trigger: trigger, mapping: mapping,
                action: action, request: request, guardCondition: triggerGuard, guardSlot: guardSlot
            ))
        }
        if !problems.isEmpty { throw LoadError(problems.items) }
        self.guardKeys = guardKeys
        let everyTriggerGuarded = compiled.allSatisfy { $0.guardCondition != nil }
        let integrationsGuarded = guardKeys.contains { ExactText.equal($0, "integrations") }
        self.screenNames = filters.isEmpty && everyTriggerGuarded && !integrationsGuarded
            ? JSONMemberNames(guardKeys + ["integrations"]) : nil
        self.compiled = compiled
        self.plan = compiled.map(Unretained.init)
        self.eventReads = filters.isEmpty
            ? compiled.reduce(JSONProjection(paths: [["integrations"]] + guardKeys.map { [$0] })) {
                $0.union($1.trigger.reads).union($1.mapping.reads)
            }
            : .everything
    }

    /// The subscriptions used when none are given: the presets, or for a definition
    /// without presets one per action with a default trigger.
    public static func defaultSubscriptions(of definition: DestinationDefinition) -> [Subscription] {
        if !definition.presets.isEmpty { return definition.presets.map(\.subscription) }
        return definition.actions.compactMap { a in
            a.defaultTrigger.map { Subscription(name: a.title, action: a.key, trigger: $0, mapping: nil) }
        }
    }

    /// Runs one event through every subscription whose trigger matches, in order.
    ///
    /// First the `integrations` object and the destination filters decide whether the
    /// event goes on, and in what shape (a discarded event has
    /// ``EventResult/filterDiscard``). Each matching subscription maps the event, validates
    /// and coerces the payload against its action's fields and builds the request. A
    /// failure affects only that subscription. Never throws; errors are in
    /// ``EventResult/failures`` with secrets redacted.
    public func process(event: JSON) -> EventResult {
        var result = EventResult()
        guard case .object(let members) = event else {
            result.failures.append(SubscriptionFailure(
                subscriptionIndex: -1, subscription: "", action: "",
                message: "an event must be a JSON object, not \(event.kindName)", field: nil
            ))
            return result
        }
        var event = event
        // Without filters and without an integrations object this costs one key lookup.
        if members["integrations"] != nil, let refusal = routing.refusal(for: event) {
            result.filterDiscard = refusal
            return result
        }
        if !filters.isEmpty {
            switch filters.apply(to: event) {
            case .discarded(let why):
                result.filterDiscard = why
                return result
            case .kept(let filtered, let changes):
                if !changes.isEmpty {
                    event = filtered
                    result.filterChanges = changes
                    result.filteredEvent = filtered
                }
            }
        }
        dispatch(event, into: &result)
        return result
    }

    /// Runs every subscription whose trigger `event` matches. (`event` is a parameter
    /// here, not the caller's variable: closures capturing a variable copy the value at
    /// each use.)
    private func dispatch(_ event: JSON, into result: inout EventResult) {
        guard case .object(let root) = event, !guardKeys.isEmpty else {
            for sub in plan {
                sub.with { sub in if sub.trigger.matches(event) { run(sub, on: event, into: &result) } }
            }
            return
        }
        // Each guard key is looked up once; a subscription whose guard fails is skipped
        // without evaluating its trigger (the guard is a condition the trigger requires).
        withGuardMembers({ root[guardKeys[$0]] }) { members in
            for sub in plan {
                sub.with { sub in
                    if sub.guardAdmits(members) && sub.trigger.matches(event) { run(sub, on: event, into: &result) }
                }
            }
        }
    }

    /// Maps `event` for `sub` (whose trigger matched), validates the payload and builds
    /// the request, adding the request, the skip or the failure to `result`.
    private func run(_ sub: CompiledSubscription, on event: JSON, into result: inout EventResult) {
        result.matched += 1
        do {
            // A mapping that resolves to nothing fails as the reference's does, rather than
            // sending an empty payload.
            guard let mapped = try sub.mapping.evaluate(event) else {
                throw PayloadValidationError(issues: [ValidationIssue(pointer: "", message: "The root value must be an object but it was undefined.")])
            }
            let payload = try sub.validator.validate(mapped)
            switch try sub.request.build(payload: payload, settings: settings) {
            case .request(let method, let url, let headers, let json):
                result.requests.append(DestinationRequest(
                    subscriptionIndex: sub.index, subscription: sub.name, action: sub.action.key,
                    method: method, url: url, headers: headers, json: json, batch: sub.request.batch
                ))
            case .skipped(let reason):
                result.skipped.append(SkippedSubscription(subscriptionIndex: sub.index, subscription: sub.name, reason: reason))
            }
        } catch let e as PayloadValidationError {
            result.failures.append(failure(sub, e.description, field: e.field))
        } catch let e as MappingError {
            result.failures.append(failure(sub, "mapping failed at \(e.pointer.isEmpty ? "/" : e.pointer): \(e.message)", field: nil))
        } catch let e as RequestBuildError {
            result.failures.append(failure(sub, e.message, field: nil))
        } catch {
            result.failures.append(failure(sub, String(describing: error), field: nil))
        }
    }

    /// Whether the event in `line` (UTF-8 JSON text) certainly matches no subscription,
    /// decided without building the event: `true` only when the whole line is a JSON object
    /// that `parser` would parse, without an `integrations` member, whose members fail
    /// every subscription's trigger guard (see `Trigger.guardCondition`). ``process(event:)`` would
    /// then return a discard that no trigger matched (``EventResult/matched`` 0, no
    /// ``EventResult/filterDiscard``), so a caller that only counts discards can skip it.
    ///
    /// `false` means "process it": a guard admits the event (reading stops there), the
    /// line is malformed or not an object, or the engine cannot decide this way at all
    /// (with destination filters, or when a trigger has no guard). Only the guard keys'
    /// values are built; the rest of the line is checked, not built.
    public func cannotMatch(_ line: UnsafeRawBufferPointer, parser: JSONDocumentParser) -> Bool {
        guard let names = screenNames else { return false }
        return withGuardMembers({ _ in nil }) { members in
            let end = try? parser.scanMembers(line, named: names) { k, value in
                // `integrations` may route the event away: that is for process(event:).
                if k == guardKeys.count { return true }
                members[k] = value
                // Reading can stop once a guard admits the event: it will be processed.
                return plan.contains { $0.with { $0.guardSlot == k && $0.guardAdmits(members) } }
            }
            guard end == .finished else { return false }
            // The last value of a repeated key counts, as when the line is parsed.
            return !plan.contains { $0.with { $0.guardAdmits(members) } }
        }
    }

    /// Runs `body` with room for the event's member under each guard key, set to
    /// `initial(k)` for key `k`.
    private func withGuardMembers<R>(_ initial: (Int) -> JSON?, _ body: (UnsafeMutableBufferPointer<JSON?>) -> R) -> R {
        let count = guardKeys.count
        return withUnsafeTemporaryAllocation(of: JSON?.self, capacity: count) { members in
            for k in 0..<count { (members.baseAddress! + k).initialize(to: initial(k)) }
            defer { members.baseAddress!.deinitialize(count: count) }
            return body(members)
        }
    }

    private func failure(_ sub: CompiledSubscription, _ message: String, field: String?) -> SubscriptionFailure {
        SubscriptionFailure(
            subscriptionIndex: sub.index, subscription: sub.name, action: sub.action.key,
            message: redactor.redact(message), field: field
        )
    }

    /// For an event no subscription matched: per subscription, why its trigger did not
    /// match (`Purchase: type = "track" and event = "Order Completed" — …`). Slower than
    /// ``process(event:)``; meant for discard reports. Give the event the triggers saw
    /// (``EventResult/filteredEvent`` when the destination filters changed it).
    public func explainDiscard(event: JSON) -> [String] {
        // Explained on the redacted event: the explanation quotes values as JSON and cuts
        // long ones, so a secret in the event would otherwise show escaped or in part.
        let shown = redactor.redact(event)
        return compiled.map { sub in
            let why = TriggerExplanation.explain(sub.trigger, event: shown)
            return redactor.redact("\(sub.name): \(why)")
        }
    }
}

/// A subscription ready to run (a class, so the per-event loop copies one reference).
final class CompiledSubscription: Sendable {
    let index: Int
    let name: String
    let trigger: Trigger
    let mapping: Mapping
    let action: ActionDefinition
    let validator: PayloadValidator
    let request: ResolvedRequest
    /// The trigger's guard (checked before the trigger), and where its key is in the
    /// engine's ``DestinationEngine/guardKeys``.
    let guardCondition: TriggerGuard?
    let guardSlot: Int

    /// Whether the event's guard members (by the engine's guard keys) meet this
    /// subscription's guard; `true` when it has none.
    @inline(__always)
    func guardAdmits(_ members: UnsafeMutableBufferPointer<JSON?>) -> Bool {
        guard let g = guardCondition else { return true }
        return g.admits(members[guardSlot])
    }

    init(index: Int, name: String, trigger: Trigger, mapping: Mapping, action: ActionDefinition, request: ResolvedRequest,
         guardCondition: TriggerGuard?, guardSlot: Int) {
        self.guardCondition = guardCondition
        self.guardSlot = guardSlot
        self.index = index
        self.name = name
        self.trigger = trigger
        self.mapping = mapping
        self.action = action
        self.validator = action.validator
        self.request = request
    }
}
