import JSONValues

extension Subscription {
    /// Problems with `subscriptions` that can be found without settings: more than
    /// `subscriptionLimit` entries, triggers that do not compile, invalid mappings and,
    /// when a definition is given, unknown actions, missing triggers and mappings that name
    /// fields the action does not have. Pointers are `base/<index>/…`.
    public static func problems(
        in subscriptions: [Subscription], definition: DestinationDefinition?,
        subscriptionLimit: Int = DestinationEngine.defaultSubscriptionLimit, base: String = ""
    ) -> [Problem] {
        var problems = ProblemList(.subscriptions)
        if subscriptions.count > subscriptionLimit {
            problems.add(base, "\(subscriptions.count) subscriptions is more than the limit of \(subscriptionLimit) per destination (Segment's limit is \(DestinationEngine.defaultSubscriptionLimit)); raise the limit to allow more")
        }
        for (i, sub) in subscriptions.enumerated() {
            let p = JSONPointer.appending(base, i)
            let action = definition?.action(sub.action)
            if let definition, action == nil {
                problems.add(p + "/action", "no action '\(sub.action)' in \(definition.slug) (actions: \(definition.actions.map(\.key).joined(separator: ", ")))")
            }
            if let t = sub.trigger {
                _ = TriggerCompiler.compile(t, at: p + "/trigger", problems: &problems)
            } else if let action, action.defaultTrigger == nil {
                problems.add(p, "the subscription has no 'trigger' and the action '\(action.key)' has no default trigger")
            } else if definition == nil {
                // The action's default trigger is used; it is checked with the definition.
            }
            if let m = sub.mapping {
                _ = MappingCompiler.compile(m, at: p + "/mapping", problems: &problems)
                if let action { MappingChecks.checkFieldKeys(m, of: action, at: p + "/mapping", problems: &problems) }
            }
        }
        return problems.items
    }
}
