import ChronolexModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An act flattened into its units (divisions, articles, §, alinéas, points) with their
/// canonical addresses, the ``ActVisitor`` way. Divisions and articles are the top level;
/// the rest hangs under its article. Internal to the diff. Address texts, labels and
/// anchors are computed only for the units that changed.
///
/// An article's §, alinéas and points are flattened only when the diff asks for them
/// (``expand(_:)``): an article whose words are the same in both versions
/// (``sameWords(_:_:)``), most of them, is never flattened.
struct UnitTree {
    /// What pairs a unit with its counterpart: its number, or an alinéa's position.
    enum Key: Hashable {
        case division(String)
        case article(String)
        case paragraph(String)
        case alinea(Int)
        case point(PointLabel)
    }

    /// One unit, 96 bytes: what pairing and comparing read, and its content hash. Its
    /// address, needed only for the units that changed, is the tree's to give
    /// (``address(_:)``): held in the node, an `Address` and a division's path made a node
    /// 184 bytes, and the nodes of two 5 MB versions touched about 13 MB of fresh memory.
    struct Node {
        var level: UnitLevel
        var status: UnitStatus
        /// True once `hash` holds the unit's ``UnitTree/contentHash(_:)``.
        fileprivate var hashed = false
        private var parentIndex: Int32
        /// Where a paragraph's, an alinéa's or a point's address stands in the tree's
        /// `addresses`; -1 for a division or an article, whose key and number give it.
        fileprivate var addressIndex: Int32
        var key: Key
        /// The number as written (`1er`, `2bis`), for the label of an article or a §.
        var written: String
        /// The unit's own words (a division: its heading line).
        var text: String
        var children: [Int] = []
        /// The unit's content hash, made once its article is flattened (``UnitTree/expand(_:)``).
        fileprivate var hash = 0

        init(level: UnitLevel, key: Key, written: String, text: String, status: UnitStatus, parent: Int, addressIndex: Int = -1) {
            self.level = level
            self.status = status
            parentIndex = Int32(parent)
            self.addressIndex = Int32(addressIndex)
            self.key = key
            self.written = written
            self.text = text
        }

        /// The unit above, or -1 for a division or an article.
        var parent: Int { Int(parentIndex) }

        /// The label printed before the unit's words (`Art. 5.`, `§ 2.`, `3°`; empty for an alinéa or a division).
        var label: String {
            switch key {
            case .article(let number): ArticleNumber.normalized(number) == "1" ? "Article \(written)." : "Art. \(written)."
            case .paragraph: Headings.paragraph(written)
            case .point(let label): label.description
            case .alinea, .division: ""
            }
        }
    }

    var nodes: [Node] = []
    /// Divisions and articles, in document order.
    var top: [Int] = []
    /// The addresses of the paragraphs, alinéas and points flattened (``Node``).
    private var addresses: [Address] = []

    /// The unit's canonical address (nil for a division).
    func address(_ index: Int) -> Address? {
        // The node's fields read in place (a node copied out retains each of its strings).
        if nodes[index].addressIndex >= 0 { return addresses[Int(nodes[index].addressIndex)] }
        // An article's, as `Article.address` gives it: from the number as written.
        return nodes[index].level == .article ? Address(article: nodes[index].written) : nil
    }

    /// The article number, normalised (nil for a division).
    func article(_ index: Int) -> String? {
        if nodes[index].addressIndex >= 0 { return addresses[Int(nodes[index].addressIndex)].article }
        if case .article(let number) = nodes[index].key { return number }
        return nil
    }

    /// `art. 8, § 1, al. 2, 3°`, or a division's citation path (`Chapitre 3, Section 2.1`).
    func addressText(_ index: Int) -> String {
        if let address = address(index) { return address.description }
        if case .division(let path) = nodes[index].key { return path }
        return ""
    }

    /// The unit's anchor in a page (`art-8-par-1-al-2`, `div-chapitre-3`).
    func anchor(_ index: Int) -> String {
        if let address = address(index) { return nodes[index].level == .alinea ? address.anchor + "-alinea" : address.anchor }
        if case .division(let path) = nodes[index].key { return "div-" + Address.slug(path) }
        return ""
    }

    /// The articles whose sub-units are not flattened yet, at their node's index (nil for
    /// a division or an article flattened; the sub-units flattened since stand beyond its
    /// end). An array, not a dictionary: hashing every article into a table as it grew was
    /// about 3 % of a diff's CPU time (perf).
    private var unexpanded: [Article?] = []

    /// The act's language, for the words of a repealed article (`(Opgeheven)`; look 33:
    /// a Dutch act's `diff` printed `(Abrogé)`).
    var language: Language?

    /// An empty tree.
    init() {}

    /// The divisions and articles of `act`; the sub-units of each article wait for
    /// ``expand(_:)``.
    init(_ act: Act) {
        language = act.metadata.language
        var builder = Builder()
        // Room for the divisions and articles and for the sub-units of those that will be
        // flattened, reserved before the walk: grown by doubling, the array of nodes (a
        // few hundred bytes each) was copied a dozen times, then once more to reserve
        // this room (memmove and page faults, a sixth of the tree's samples in perf).
        let count = Self.topCount(act.body)
        builder.nodes.reserveCapacity(count * 3)
        builder.articles.reserveCapacity(count)
        builder.top.reserveCapacity(count)
        builder.walk(act)
        // Moved out of the builder (emptied), so that growing them below copies nothing.
        (nodes, builder.nodes) = (builder.nodes, [])
        top = builder.top
        addresses.reserveCapacity(count * 2)
        (unexpanded, builder.articles) = (builder.articles, [])
        unexpanded.append(contentsOf: repeatElement(nil, count: nodes.count - unexpanded.count))
        // Room for the sub-units of the articles that will be flattened, reserved once:
        // growing an array of nodes this large by doubling moved it (memmove and page
        // faults were ~10 % of the diff's samples in perf).
        nodes.reserveCapacity(nodes.count * 3)
    }

    /// The number of divisions and articles under `elements`.
    private static func topCount(_ elements: [BodyElement]) -> Int {
        var count = elements.count
        for element in elements {
            if case .division(let division) = element { count += topCount(division.children) }
        }
        return count
    }

    /// The article at `index` if its sub-units are not flattened yet.
    func unexpandedArticle(_ index: Int) -> Article? {
        index < unexpanded.count ? unexpanded[index] : nil
    }

    /// Flattens the §, alinéas and points of the article at `index`, once (nothing for a
    /// division, a sub-unit or an article already flattened). Indices of the units
    /// already there do not change.
    mutating func expand(_ index: Int) {
        guard let article = unexpandedArticle(index) else { return }
        unexpanded[index] = nil
        var builder = Builder()
        (builder.nodes, nodes) = (nodes, [])
        (builder.addresses, addresses) = (addresses, [])
        builder.parents = [index]
        let first = builder.nodes.count
        builder.descend(into: article)
        (nodes, builder.nodes) = (builder.nodes, [])
        (addresses, builder.addresses) = (builder.addresses, [])
        // The content hashes of the units flattened, and of their article, made now, the
        // units after their parent (each from its children's): made on demand, each unit's
        // was made again for every unit above it (4 % of a large diff's instructions).
        nodes.withUnsafeMutableBufferPointer { nodes in
            for unit in (first..<nodes.count).reversed() { Self.keepHash(nodes, unit) }
            Self.keepHash(nodes, index)
        }
    }

    private static func keepHash(_ nodes: UnsafeMutableBufferPointer<Node>, _ index: Int) {
        let hash = contentHash(UnsafeBufferPointer(nodes), index)
        nodes[index].hash = hash
        nodes[index].hashed = true
    }

    /// True when two articles (one of each version) have, § by §, alinéa by alinéa and
    /// point by point, the same numbers, labels, statuses and words (sentence by
    /// sentence, byte for byte), wherever they stand in their files: then their units,
    /// flattened, are the same (``same(_:_:_:_:)``) and there is nothing to compare
    /// inside. False may also mean "look closer" (the same words cut into other
    /// sentences). The article numbers are not compared (the caller paired them).
    ///
    /// - Complexity: O(n) in the size of the articles; no allocation.
    static func sameWords(_ a: Article, _ b: Article) -> Bool {
        guard a.status == b.status, a.paragraphs.count == b.paragraphs.count else { return false }
        // Elements read in place through buffers, not copied out (as `zip` does: a retain
        // and a release of each array and string they hold).
        return a.paragraphs.withUnsafeBufferPointer { xs in
            b.paragraphs.withUnsafeBufferPointer { ys in
                for i in xs.indices {
                    guard xs[i].status == ys[i].status, xs[i].alineas.count == ys[i].alineas.count else { return false }
                    switch (xs[i].number, ys[i].number) {
                    case (nil, nil): break
                    case (let m?, let n?): guard sameBytes(m, n) else { return false }
                    default: return false
                    }
                    let alineas = xs[i].alineas.withUnsafeBufferPointer { ps in
                        ys[i].alineas.withUnsafeBufferPointer { qs in
                            for j in ps.indices {
                                guard ps[j].status == qs[j].status, sameWords(ps[j].sentences, qs[j].sentences),
                                      samePoints(ps[j].points, qs[j].points) else { return false }
                            }
                            return true
                        }
                    }
                    guard alineas else { return false }
                }
                return true
            }
        }
    }

    /// For each pair of units (an old index, a new one), whether both are articles not
    /// flattened yet, of the same key and ``sameWords(_:_:)`` — what `compare` would
    /// return at once for. From `pairsForTwoThreads` pairs, the second half is decided on a
    /// thread of its own meanwhile (`twoThreadsFrom`: the tests'): the trees are only read (through their buffers: the
    /// thread holds no reference to them once done, so that flattening into them after
    /// copies nothing).
    static func sameArticles(_ a: UnitTree, _ b: UnitTree, _ pairs: [(old: Int, new: Int)], twoThreadsFrom: Int = pairsForTwoThreads) -> [Bool] {
        a.nodes.withUnsafeBufferPointer { oldNodes in
            b.nodes.withUnsafeBufferPointer { newNodes in
                a.unexpanded.withUnsafeBufferPointer { oldArticles in
                    b.unexpanded.withUnsafeBufferPointer { newArticles in
                        pairs.withUnsafeBufferPointer { pairs in
                            let view = PairsView(oldNodes: oldNodes, newNodes: newNodes, oldArticles: oldArticles, newArticles: newArticles, pairs: pairs)
                            guard pairs.count >= max(twoThreadsFrom, 2) else { return sameArticles(view, 0..<pairs.count) }
                            let half = pairs.count / 2
                            let second = SideThread { sameArticles(view, half..<view.pairs.count) }
                            var same = sameArticles(view, 0..<half)
                            same += second.wait()
                            return same
                        }
                    }
                }
            }
        }
    }

    /// From this many pairs, ``sameArticles(_:_:_:)`` decides on two threads.
    static let pairsForTwoThreads = 1024

    /// Two trees' nodes and articles, and the pairs to decide, read in place.
    private struct PairsView: @unchecked Sendable {
        let oldNodes: UnsafeBufferPointer<Node>
        let newNodes: UnsafeBufferPointer<Node>
        let oldArticles: UnsafeBufferPointer<Article?>
        let newArticles: UnsafeBufferPointer<Article?>
        let pairs: UnsafeBufferPointer<(old: Int, new: Int)>
    }

    private static func sameArticles(_ view: PairsView, _ range: Range<Int>) -> [Bool] {
        var same: [Bool] = []
        same.reserveCapacity(range.count)
        for index in range {
            let (o, n) = view.pairs[index]
            guard o < view.oldArticles.count, n < view.newArticles.count, let x = view.oldArticles[o], let y = view.newArticles[n],
                  view.oldNodes[o].key == view.newNodes[n].key else {
                same.append(false)
                continue
            }
            same.append(sameWords(x, y))
        }
        return same
    }

    private static func samePoints(_ a: [Point], _ b: [Point]) -> Bool {
        guard a.count == b.count else { return false }
        if a.isEmpty { return true }
        return a.withUnsafeBufferPointer { xs in
            b.withUnsafeBufferPointer { ys in
                for i in xs.indices {
                    guard xs[i].status == ys[i].status, xs[i].label.kind == ys[i].label.kind,
                          sameBytes(xs[i].label.value, ys[i].label.value),
                          sameWords(xs[i].sentences, ys[i].sentences), samePoints(xs[i].points, ys[i].points) else { return false }
                }
                return true
            }
        }
    }

    private static func sameWords(_ a: [Sentence], _ b: [Sentence]) -> Bool {
        guard a.count == b.count else { return false }
        return a.withUnsafeBufferPointer { xs in
            b.withUnsafeBufferPointer { ys in
                for i in xs.indices {
                    let equal = xs[i].withUTF8 { p in
                        ys[i].withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) }
                    }
                    guard equal else { return false }
                }
                return true
            }
        }
    }

    /// A hash of the unit's words and of its sub-units (their numbers included), its own
    /// number excluded: equal hashes mean "the same text", whatever the number. Kept in
    /// the node when its article is flattened; a division's made when asked.
    ///
    /// - Complexity: O(1) for a unit of an article flattened; O(n) in the size of a
    ///   division's heading.
    func contentHash(_ index: Int) -> Int {
        // The nodes read in place: a node copied out (as `nodes[index]` in a `let` does)
        // retains and releases each of its strings and its array of children.
        nodes.withUnsafeBufferPointer { Self.contentHash($0, index) }
    }

    private static func contentHash(_ nodes: UnsafeBufferPointer<Node>, _ index: Int) -> Int {
        if nodes[index].hashed { return nodes[index].hash }
        var hasher = Hasher()
        hasher.combine(nodes[index].level)
        hasher.combine(nodes[index].status)
        // The bytes, not the String: String hashing normalises Unicode, which is slow.
        var text = nodes[index].text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(text.utf8.count)
        for child in nodes[index].children {
            hasher.combine(nodes[child].key)
            hasher.combine(contentHash(nodes, child))
        }
        return hasher.finalize()
    }

    /// The addresses of a unit and of its ancestors, the unit first.
    func addressChain(_ index: Int) -> [String] {
        var result: [String] = []
        var current = index
        while current >= 0 {
            result.append(addressText(current))
            current = nodes[current].parent
        }
        return result
    }

    /// The unit's whole text, one alinéa or point per line, each line with its label,
    /// a repealed unit as `(...)` (`(Abrogé)` for an article).
    func fullText(_ index: Int, includeLabel: Bool = true) -> String {
        var lines: [String] = []
        appendLines(index, includeLabel: includeLabel, into: &lines)
        return lines.joined(separator: "\n")
    }

    private func appendLines(_ index: Int, includeLabel: Bool, into lines: inout [String]) {
        let node = nodes[index]
        let label = includeLabel ? node.label : ""
        let startCount = lines.count
        func prefixFirst() {
            guard !label.isEmpty else { return }
            if lines.count > startCount {
                lines[startCount] = label + (lines[startCount].isEmpty ? "" : " " + lines[startCount])
            } else {
                lines.append(label)
            }
        }
        if node.status == .repealed {
            lines.append(node.level == .article ? Headings.repealedArticle(in: language) : Headings.repealedUnit)
            return prefixFirst()
        }
        if node.level == .alinea || node.level == .point || node.level == .division {
            lines.append(node.text)
        }
        for child in node.children { appendLines(child, includeLabel: true, into: &lines) }
        prefixFirst()
    }

    /// True when two units (one of each tree) have the same words, numbers and statuses
    /// throughout: the check behind a content-hash match. No allocation.
    static func same(_ a: UnitTree, _ i: Int, _ b: UnitTree, _ j: Int) -> Bool {
        a.nodes.withUnsafeBufferPointer { x in
            b.nodes.withUnsafeBufferPointer { y in
                same(x, i, y, j, top: true)
            }
        }
    }

    private static func same(_ x: UnsafeBufferPointer<Node>, _ i: Int, _ y: UnsafeBufferPointer<Node>, _ j: Int, top: Bool) -> Bool {
        guard x[i].level == y[j].level, x[i].status == y[j].status, top || x[i].key == y[j].key,
              x[i].children.count == y[j].children.count, sameBytes(x[i].text, y[j].text) else { return false }
        for k in x[i].children.indices where !same(x, x[i].children[k], y, y[j].children[k], top: false) { return false }
        return true
    }

    private struct Builder: ActVisitor {
        /// A unit's own words, as `Alinea.text` and `Point.text` give them (sentences
        /// joined by a space); a single sentence's text shared, not copied.
        static func words(_ sentences: [Sentence]) -> String { Sentence.joined(sentences) }

        var nodes: [Node] = []
        var addresses: [Address] = []
        var top: [Int] = []
        /// The articles met, at their node's index (nil for other nodes; the array ends at
        /// the last article), whose sub-units wait for `expand`.
        var articles: [Article?] = []
        var divisionPath: [String] = []
        var parents: [Int] = []
        var alineaParent = -1
        var alineaPosition = 0

        /// Keeps a sub-unit's address; its place in `addresses`.
        mutating func keep(_ address: Address) -> Int {
            addresses.append(address)
            return addresses.count - 1
        }

        mutating func add(_ node: Node) -> Int {
            nodes.append(node)
            let index = nodes.count - 1
            if node.parent >= 0 { nodes[node.parent].children.append(index) } else { top.append(index) }
            return index
        }

        mutating func visitDivision(_ division: Division, depth: Int) {
            if divisionPath.count > depth { divisionPath.removeLast(divisionPath.count - depth) }
            divisionPath.append(division.citation)
            let path = divisionPath.joined(separator: ", ")
            _ = add(Node(level: .division, key: .division(path), written: division.number,
                         text: division.headingLine, status: division.status, parent: -1))
            descend(into: division, depth: depth)
            divisionPath.removeLast()
        }

        mutating func visitArticle(_ article: Article) {
            let index = add(Node(level: .article, key: .article(article.address.article),
                                 written: article.number, text: "", status: article.status, parent: -1))
            // Its sub-units when the diff asks for them (`expand`).
            articles.append(contentsOf: repeatElement(nil, count: index - articles.count))
            articles.append(article)
        }

        mutating func visitParagraph(_ paragraph: Paragraph, in article: Article, address: Address) {
            guard let number = paragraph.number else { return descend(into: paragraph, address: address) }
            let parent = parents[0]
            let index = add(Node(level: .paragraph, key: .paragraph(address.paragraph ?? number),
                                 written: number, text: "", status: paragraph.status, parent: parent, addressIndex: keep(address)))
            parents = [parent, index]
            descend(into: paragraph, address: address)
            parents = [parent]
        }

        mutating func visitAlinea(_ alinea: Alinea, address: Address) {
            let parent = parents[parents.count - 1]
            if parent != alineaParent { alineaParent = parent; alineaPosition = 0 }
            alineaPosition += 1
            let index = add(Node(level: .alinea, key: .alinea(alineaPosition),
                                 written: "", text: Builder.words(alinea.sentences), status: alinea.status, parent: parent,
                                 addressIndex: keep(address)))
            parents.append(index)
            descend(into: alinea, address: address)
            parents.removeLast()
        }

        mutating func visitPoint(_ point: Point, address: Address, depth: Int) {
            let parent = parents[parents.count - 1]
            let index = add(Node(level: .point, key: .point(point.label),
                                 written: "", text: Builder.words(point.sentences), status: point.status, parent: parent,
                                 addressIndex: keep(address)))
            parents.append(index)
            descend(into: point, address: address, depth: depth)
            parents.removeLast()
        }
    }
}

extension UnitTree {
    /// The trees of two versions, the new one built on a thread of its own meanwhile (the
    /// two do not depend on each other; one is ~10 % of a large diff's time in perf).
    static func pair(_ old: Act, _ new: Act) -> (old: UnitTree, new: UnitTree) {
        let newTree = SideThread { UnitTree(new) }
        let oldTree = UnitTree(old)
        return (oldTree, newTree.wait())
    }

    /// Releases trees on a thread of their own, without waiting: freeing the nodes of a
    /// large act one by one was ~7 % of its diff's time in perf, time the caller need not
    /// wait for. The trees are swapped into the thread's box (the caller's left empty),
    /// not copied: a copy could be released here after the thread's, and the freeing
    /// happen on this thread after all.
    static func release(_ old: inout UnitTree, _ new: inout UnitTree) {
        final class Box: @unchecked Sendable {
            var old = UnitTree()
            var new = UnitTree()
        }
        let box = Box()
        swap(&box.old, &old)
        swap(&box.new, &new)
        Thread {
            box.old = UnitTree()
            box.new = UnitTree()
        }.start()
    }
}
