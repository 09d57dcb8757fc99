/// The parts of a JSON document that a reader needs, as a set of member paths: each path
/// names an object member (`["context", "page", "title"]`) whose value is kept whole.
///
/// A projection says what an evaluator reads, so that a parser can build only that and
/// check the rest without building it (``JSONDocumentParser/parse(_:keeping:)``). Its
/// meaning is ``apply(to:)``: in the document's objects along the paths, the members that
/// no path names are left out; everything else stays as it is. In particular a value that
/// a path goes through but that is not an object (an array, a string…) is kept whole, so
/// array indexes, `length` and the like read the same value.
///
/// ```swift
/// let reads = JSONProjection(paths: [["type"], ["event"], ["properties"], ["context", "page", "path"]])
/// let event = try parser.parse(line, keeping: reads)   // no `traits`, no `context.userAgent`…
/// ```
///
/// An empty path stands for the whole document: ``everything``.
public struct JSONProjection: Sendable, Equatable, CustomStringConvertible {
    /// What is kept of the document; `nil` is all of it.
    let root: JSONProjectionNode?
    /// `root` again, read by the parser without reference counting (see `Unretained`).
    let rootNode: Unretained<JSONProjectionNode>?

    /// The whole document.
    public static let everything = JSONProjection(root: nil)
    /// Nothing of an object document but its being an object (`{}`); a document that is not
    /// an object is still kept whole (see ``apply(to:)``).
    public static let nothing = JSONProjection(paths: [])

    private init(root: JSONProjectionNode?) {
        self.root = root
        rootNode = root.map(Unretained.init)
    }

    /// Keeps the value at each path, whole. Keys are compared byte for byte, as object keys
    /// are; a path that lies under another one adds nothing.
    public init<S: Sequence>(paths: S) where S.Element == [String] {
        var tree = PathTree()
        for path in paths { tree.add(path[...]) }
        self.init(root: tree.node())
    }

    /// Whether the projection keeps the whole document.
    public var keepsEverything: Bool { root == nil }

    /// The paths kept, shortest form, sorted by their bytes (`[[]]` for ``everything``).
    public var paths: [[String]] {
        guard let root else { return [[]] }
        var out: [[String]] = []
        root.collect(prefix: [], into: &out)
        return out
    }

    /// What both keep.
    public func union(_ other: JSONProjection) -> JSONProjection {
        if keepsEverything || other.keepsEverything { return .everything }
        return JSONProjection(paths: paths + other.paths)
    }

    /// `value` with the members no path names left out of its objects along the paths.
    public func apply(to value: JSON) -> JSON {
        guard let root else { return value }
        return root.apply(to: value)
    }

    /// Whether both keep the same paths, keys compared byte for byte (as `apply` compares them).
    public static func == (a: JSONProjection, b: JSONProjection) -> Bool {
        let x = a.paths, y = b.paths
        return x.count == y.count && zip(x, y).allSatisfy { p, q in
            p.count == q.count && zip(p, q).allSatisfy { ExactText.equal($0, $1) }
        }
    }

    /// `$.type, $.context.page.path` (`$` for everything, `{}` for nothing).
    public var description: String {
        if keepsEverything { return "$" }
        let all = paths
        return all.isEmpty ? "{}" : all.map { "$." + $0.joined(separator: ".") }.joined(separator: ", ")
    }
}

/// The members kept at one object level: by name, each with what is kept of its value
/// (`nil`: all of it). Names are unique, kept as UTF-8 for comparing a document's keys.
final class JSONProjectionNode: Sendable {
    let names: JSONMemberNames
    let children: [JSONProjectionNode?]
    /// `children` again, read while parsing without reference counting (see `Unretained`).
    let childNodes: [Unretained<JSONProjectionNode>?]

    init(names: [String], children: [JSONProjectionNode?]) {
        self.names = JSONMemberNames(names)
        self.children = children
        self.childNodes = children.map { $0.map(Unretained.init) }
    }

    func collect(prefix: [String], into out: inout [[String]]) {
        for (k, name) in names.names.enumerated() {
            if let child = children[k] {
                child.collect(prefix: prefix + [name], into: &out)
            } else {
                out.append(prefix + [name])
            }
        }
    }

    func apply(to value: JSON) -> JSON {
        guard case .object(let o) = value else { return value }
        var out = JSONObject()
        for (key, member) in o {
            let k = names.index(ofText: key)
            guard k >= 0 else { continue }
            out.appendUnchecked(key, children[k].map { $0.apply(to: member) } ?? member)
        }
        return .object(out)
    }
}

/// Paths gathered into a tree, then frozen into ``JSONProjectionNode``s.
private struct PathTree {
    var whole = false
    var members: [ExactKey: PathTree] = [:]

    mutating func add(_ path: ArraySlice<String>) {
        if whole { return }
        guard let first = path.first else {
            whole = true
            members = [:]
            return
        }
        members[ExactKey(first), default: PathTree()].add(path.dropFirst())
    }

    /// The frozen tree (`nil` when everything is kept), names sorted by their bytes.
    func node() -> JSONProjectionNode? {
        if whole { return nil }
        let sorted = members.sorted { Array($0.key.string.utf8).lexicographicallyPrecedes(Array($1.key.string.utf8)) }
        return JSONProjectionNode(names: sorted.map(\.key.string), children: sorted.map { $0.value.node() })
    }
}
