import JSONValues
import Triggers

/// Why a trigger did not match an event, in words.
enum TriggerExplanation {
    static func explain(_ trigger: Trigger, event: JSON) -> String {
        "trigger \(trigger.source) did not match"
    }
}
