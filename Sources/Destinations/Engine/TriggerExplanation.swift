import JSONValues
import Triggers

/// Why a trigger did not match an event, in words.
enum TriggerExplanation {
    /// `Purchase` + `event = "Order Completed" failed: event is "Product Viewed"`.
    static func explain(_ trigger: Trigger, event: JSON) -> String {
        trigger.explain(event) ?? "matched"
    }
}
