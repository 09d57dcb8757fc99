import FuzzSupport
import JSONValues
import Triggers

/// Trigger text → compile → evaluate and explain on sample events → generate from the
/// reference tree → re-parse to the same tree.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTrigger(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let source = FuzzSupport.text(data, size), let trigger = try? Trigger(source) else { return 0 }
    for event in FuzzSupport.events {
        _ = trigger.matches(event)
        _ = trigger.explain(event)
    }
    guard let tree = trigger.conditionTree, let text = try? Trigger.generate(tree) else { return 0 }
    // Generating spells out what the source may leave implicit (`traits.up` becomes
    // `traits.up = true`), so text near the length limit can generate text over it, which
    // the parser then rightly refuses.
    guard text.utf8.count <= Trigger.maximumLength else { return 0 }
    guard let again = try? Trigger(text) else { FuzzSupport.finding("generated text does not parse: \(text)") }
    guard let tree2 = again.conditionTree, let text2 = try? Trigger.generate(tree2) else {
        FuzzSupport.finding("generated text has no reference tree: \(text)")
    }
    // Generating writes `=` values as text, so compare the texts the two trees generate.
    if text2 != text { FuzzSupport.finding("generate → parse → generate differs: \(text) / \(text2)") }
    for event in FuzzSupport.events where trigger.matches(event) != again.matches(event) {
        FuzzSupport.finding("the regenerated trigger decides differently: \(source) / \(text) on \(event)")
    }
    return 0
}

@_cdecl("FuzzTrigger_main")
public func fuzzTriggerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzSupport.runDriver(argc, argv, fuzzTrigger)
}
