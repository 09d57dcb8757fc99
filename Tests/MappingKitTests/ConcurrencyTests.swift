import Foundation
import JSONValues
import MappingKit
import XCTest

final class ConcurrencyTests: XCTestCase {
    func testOneCompiledMappingSharedAcrossThreads() throws {
        let mapping = try Mapping(json(#"""
        {"id": {"@path": "$.messageId"},
         "name": {"@template": "{{traits.first}} {{traits.last}}"},
         "items": {"@arrayPath": ["$.properties.products", {"sku": {"@path": "$.sku"}, "qty": {"@coalesce": [{"@path": "$.quantity"}, 1]}}]}}
        """#))
        let results = UnsafeSendableBox(Array<JSON?>(repeating: nil, count: 64))
        DispatchQueue.concurrentPerform(iterations: 64) { i in
            let event = JSON.object([
                "messageId": .string("m\(i)"),
                "traits": ["first": "A", "last": .string("B\(i)")],
                "properties": ["products": [["sku": "s1"], ["sku": "s2", "quantity": 3]]],
            ])
            let out = try? mapping.evaluate(event)
            results.lock.lock(); results.value[i] = out; results.lock.unlock()
        }
        for i in 0..<64 {
            XCTAssertEqual(results.value[i], json(#"{"id": "m\#(i)", "name": "A B\#(i)", "items": [{"sku": "s1", "qty": 1}, {"sku": "s2", "qty": 3}]}"#))
        }
    }
}

final class UnsafeSendableBox<T>: @unchecked Sendable {
    var value: T
    let lock = NSLock()
    init(_ value: T) { self.value = value }
}
