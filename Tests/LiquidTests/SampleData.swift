/// The event most tests render.
let sampleData = #"""
{"properties": {"name": "SpongeBob", "world": "Earth", "price": 19.99, "qty": 3, "tags": ["a", "b", "c"], "products": [{"name": "Hat", "price": 10}, {"name": "Shoe", "price": 25.5, "on_sale": true}, {"name": "Sock", "price": 2, "on_sale": false}], "ts": "2024-01-15T10:30:45.123Z", "empty": "", "nothing": null, "no": false, "html": "<p>Hi & bye</p>"}, "traits": {"email": " Sponge@Bob.com "}, "userId": "u-1"}
"""#
