import ChronolexModel
import Foundation

/// Compares two versions of an act unit by unit, then word by word inside each unit.
///
/// Divisions and articles are paired by address (one hash table: linear in the number of
/// units). Inside an article, the §, alinéas and points of each level are first paired by
/// identical text (Myers on the sequence of sub-units), then, among the rest, by number
/// (§, points) or by likeness (alinéas, which are counted, not numbered): an alinéa
/// inserted before others does not make the following ones "changed". A unit found on one
/// side only is inserted or removed, unless a unit with the same words exists on the
/// other side under another number: then it is renumbered. A unit whose status becomes
/// repealed is one change, its sub-units are not listed.
public enum ActDiffer {
    /// The changes from `old` to `new`. `attributions` says which amending act made each
    /// change; pass `nil` when comparing two files (the outputs then say so).
    ///
    /// - Complexity: O(U) in the number of units to pair them, plus, for each changed
    ///   unit, O((N + M) · D) in its number of tokens (Myers).
    public static func diff(old: Act, new: Act, from: ActDiff.Side, to: ActDiff.Side,
                            attributions: (any AttributionProvider)? = nil, article: String? = nil) -> ActDiff {
        diff(old: old, new: new, from: from, to: to, attributions: attributions, article: article, flatteningEveryArticle: false)
    }

    /// `diff`, with every article's sub-units flattened beforehand when
    /// `flatteningEveryArticle` (the tests' check that skipping articles of the same words
    /// changes nothing).
    static func diff(old: Act, new: Act, from: ActDiff.Side, to: ActDiff.Side, attributions: (any AttributionProvider)?,
                     article: String?, flatteningEveryArticle: Bool) -> ActDiff {
        diff(old: old, new: new, from: from, to: to, attributions: attributions, article: article,
             flatteningEveryArticle: flatteningEveryArticle, split: .automatic)
    }

    /// Where the pairing of the top-level units is cut in two, the second part done on a
    /// thread of its own: `automatic` (large acts compared without attributions), `never`,
    /// or at a given step (the tests' check that the two ways give the same diff).
    enum Split: Equatable {
        case automatic, never
        case at(Int)
    }

    /// From this many top-level steps (divisions and articles paired, inserted or removed)
    /// the pairing is cut in two: below, a thread costs more than it saves.
    static let stepsForTwoThreads = 2048

    /// The changes from `old` to `new`, whose units were made ahead (``DiffVersion``:
    /// each on the thread that read it); no attributions (two files compared).
    public static func diff(old: DiffVersion, new: DiffVersion, from: ActDiff.Side, to: ActDiff.Side, article: String? = nil) -> ActDiff {
        diff(old: old.act, new: new.act, from: from, to: to, attributions: nil, article: article,
             flatteningEveryArticle: false, split: .automatic, versions: (old, new))
    }

    static func diff(old: Act, new: Act, from: ActDiff.Side, to: ActDiff.Side, attributions: (any AttributionProvider)?,
                     article: String?, flatteningEveryArticle: Bool, split: Split,
                     versions: (old: DiffVersion, new: DiffVersion)? = nil) -> ActDiff {
        // The trees made ahead are taken (moved out of their versions, not shared: the
        // differ flattens articles into them in place).
        var differ = Differ(trees: versions.map { (old: $0.old.takeTree(), new: $0.new.takeTree()) } ?? UnitTree.pair(old, new))
        if flatteningEveryArticle { differ.flattenEveryArticle() }
        let steps = differ.steps(onlyArticle: article.map { ArticleNumber.normalized($0) })
        // With attributions, a change's origins are nodes of the trees: one differ only.
        var cut: Int? = nil
        switch split {
        case .automatic: if attributions == nil, steps.count >= stepsForTwoThreads { cut = steps.count / 2 }
        case .never: break
        case .at(let position): if attributions == nil { cut = min(max(position, 0), steps.count) }
        }
        var second: DifferBox? = nil
        if var cut {
            // The articles to flatten flattened first (each tree on its own thread), the
            // steps that cannot give a change dropped; then the second half of the rest
            // on a second differ sharing the trees, read only from here on (no copy), its
            // changes appended to the first half's in `absorb`: pairing is in document
            // order, and each step's changes depend on its own units only.
            let work = differ.prepare(steps)
            cut = split == .automatic ? work.count / 2 : min(cut, work.count)
            let box = DifferBox(Differ(trees: (differ.old, differ.new)))
            let rest = Array(work[cut...])
            let thread = SideThread { () -> DifferBox in
                box.differ.perform(rest[...])
                return box
            }
            differ.perform(work[..<cut])
            second = thread.wait()
            differ.absorb(&box.differ)
        } else {
            differ.perform(steps[...])
        }
        // The trees, tens of thousands of nodes for a large act, are released on another
        // thread once the changes are out: the caller does not wait for it.
        // Or kept by the versions, when they keep them (a process about to exit).
        defer {
            if let versions, versions.old.keepsTree, versions.new.keepsTree {
                second = nil
                differ.handTrees(to: versions)
            } else {
                differ.releaseTrees()
                second?.differ.releaseTrees()
            }
        }
        var changes = differ.finish()
        if let attributions {
            for index in changes.indices {
                let (oldNode, newNode) = differ.origins[index]
                let newAddresses = newNode.map { differ.new.addressChain($0) } ?? []
                // Units regrouped into one (alinéas that became a §): the acts of each.
                let oldNodes = [oldNode].compactMap { $0 } + differ.mergedOrigins[index]
                let oldChains = oldNodes.isEmpty ? [[]] : oldNodes.map { differ.old.addressChain($0) }
                var found: [Attribution] = []
                for chain in oldChains {
                    for attribution in attributions.attributions(for: changes[index], newAddresses: newAddresses, oldAddresses: chain)
                    where !found.contains(attribution) {
                        found.append(attribution)
                    }
                }
                if !differ.mergedOrigins[index].isEmpty { found.sort { ($0.effective?.ordinal ?? 0) < ($1.effective?.ordinal ?? 0) } }
                changes[index].attribution = found
            }
        }
        // The title replaced (« L'intitulé de l'arrêté … est remplacé par … »), first: it heads
        // the act (look 31: `diff` said « no changes », both sides headed with the new title).
        if article == nil, var title = titleChange(old.metadata.title, new.metadata.title) {
            title.attribution = attributions?.attributions(for: title, newAddresses: [UnitChange.titleAddress], oldAddresses: [UnitChange.titleAddress]) ?? []
            changes.insert(title, at: 0)
        }
        return ActDiff(from: from, to: to, metadata: new.metadata, changes: changes, hasAttribution: attributions != nil)
    }
}

extension ActDiffer {
    /// The change of the act's title between two versions, or `nil` when it is the same
    /// (spacing aside).
    static func titleChange(_ old: String?, _ new: String?) -> UnitChange? {
        let (a, b) = (plainTitle(old ?? ""), plainTitle(new ?? ""))
        guard a != b else { return nil }
        return UnitChange(kind: .changed, level: .title, oldAddress: UnitChange.titleAddress, newAddress: UnitChange.titleAddress, article: nil,
                          anchor: "intitule", label: "", old: a, new: b, words: WordDiff.diff(a, b))
    }
}

extension ActDiffer {
    /// A title's words without what Justel prints in its titles beside them: its marks
    /// (`[1 …]1`), its notes (`<AR 2024-03-06/04, art. 1, …>`) and « Voir modification(s) »
    /// / « Zie wijziging(en) » — two Justel states of one act differ there without the title
    /// having changed.
    static func plainTitle(_ title: String) -> String {
        var out = ""
        var characters = title[...]
        var noteDepth = 0
        while let c = characters.first {
            characters = characters.dropFirst()
            if c == "<" { noteDepth += 1; continue }
            if c == ">", noteDepth > 0 { noteDepth -= 1; continue }
            if noteDepth > 0 { continue }
            if c == "[" || c == "]" {
                // The mark's number: after « ] », or after « [ » before a space.
                let digits = characters.prefix { $0.isASCIIDigit }
                if c == "]" || characters.dropFirst(digits.count).first == " " { characters = characters.dropFirst(digits.count) }
                continue
            }
            out.append(c)
        }
        for note in ["Voir modification(s)", "Zie wijziging(en)"] { out = out.replacingOccurrences(of: note, with: "") }
        return out.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).joined(separator: " ")
    }
}

/// A version of an act with its units (the diff's unit tree) made ahead of the diff: on
/// the thread that read it, while the other version may still be read. Its tree is
/// taken by the first diff that uses it (made again if used twice).
public final class DiffVersion: @unchecked Sendable {
    public let act: Act
    private var tree: UnitTree?
    /// When set, a diff hands the tree back to this version once made (``keptTree``),
    /// instead of freeing it on another thread: for a process that keeps the version
    /// until it exits, where freeing tens of thousands of nodes is work for nothing —
    /// work that, on a thread of its own, took a core from the page being written.
    public var keepsTree = false
    /// The tree a diff handed back (``keepsTree``); not used again.
    private var keptTree: UnitTree?

    public init(_ act: Act) {
        self.act = act
        tree = UnitTree(act)
    }

    /// The tree, moved out (this version keeps none).
    fileprivate func takeTree() -> UnitTree {
        tree.take() ?? UnitTree(act)
    }

    /// Keeps `tree` (swapped in: the caller is left with an empty one).
    fileprivate func keep(_ tree: inout UnitTree) {
        var kept = UnitTree()
        swap(&kept, &tree)
        keptTree = kept
    }
}

extension ActDiffer {
    /// For each of `new`'s keys, in order, the position in `old` of the first unit of the
    /// same key not paired yet (nil when none is left): units are paired by key, in order.
    ///
    /// - Complexity: O(n + m), one table lookup per key. The old positions of each key are
    ///   a chain (the first not yet paired, and from each position the next of the same
    ///   key), not an array per key to allocate, copy and shorten: most keys have one unit.
    ///   The keys both versions begin with, in the same order, pair with each other without
    ///   a table (an act whose articles keep their numbers: all of them).
    static func pairsByKey<Key: Hashable>(old: [Key], new: [Key]) -> [Int?] {
        // The common beginning: each new key there pairs with the old one at its place —
        // every earlier unit of that key is paired already, on both sides alike. The keys
        // after it look only at the old keys after it (those before are all taken).
        var common = 0
        while common < old.count, common < new.count, old[common] == new[common] { common += 1 }
        // Made as optionals from the start (`Array(0..<common)` as `[Int?]` cast each
        // element at run time).
        var pairs = (0..<common).map { Optional($0) }
        guard common < new.count else { return pairs }
        var firstOfKey: [Key: Int] = [:]
        firstOfKey.reserveCapacity(old.count - common)
        var nextOfKey = Array(repeating: -1, count: old.count)
        for position in old.indices[common...].reversed() {
            if let next = firstOfKey.updateValue(position, forKey: old[position]) { nextOfKey[position] = next }
        }
        pairs.reserveCapacity(new.count)
        for key in new[common...] {
            guard let slot = firstOfKey.index(forKey: key), firstOfKey.values[slot] >= 0 else { pairs.append(nil); continue }
            let position = firstOfKey.values[slot]
            firstOfKey.values[slot] = nextOfKey[position]
            pairs.append(position)
        }
        return pairs
    }
}

/// A tree handed to a second thread and back.
private final class TreeBox: @unchecked Sendable {
    var tree = UnitTree()
}

/// A differ handed to a second thread and back.
private final class DifferBox: @unchecked Sendable {
    var differ: Differ
    init(_ differ: Differ) { self.differ = differ }
}

/// The pairing work. `pending` holds changes in output order; renumbering may later
/// merge an inserted and a removed one.
private struct Differ {
    /// The two versions' units; an article's sub-units are flattened only when it is
    /// inserted, removed, or paired with an article whose words differ.
    private(set) var old: UnitTree
    private(set) var new: UnitTree
    private var pending: [UnitChange?] = []
    private var pendingOrigins: [(Int?, Int?)] = []
    /// Inserted and removed units, by level and content hash, for renumbering.
    private var insertedByContent: [Key: [Int]] = [:]
    private var removedByContent: [Key: [Int]] = [:]
    private(set) var origins: [(Int?, Int?)] = []
    /// For each change, the other old units regrouped into it (alinéas that became one §).
    private(set) var mergedOrigins: [[Int]] = []
    private var pendingMerged: [Int: [Int]] = [:]
    /// Changed units whose words are compared in `finish()`, several at a time.
    private var wordJobs: [Int] = []

    struct Key: Hashable { var level: UnitLevel; var hash: Int }

    init(trees: (old: UnitTree, new: UnitTree)) {
        (old, new) = trees
    }

    /// Both trees released on another thread, the differ left with empty ones: swapped
    /// out, never copied, so that the last reference is the other thread's, wherever it
    /// runs (a copy handed over could outlive it here, and the freeing happen on this
    /// thread: ~3 % of a large diff's time in perf).
    mutating func releaseTrees() {
        UnitTree.release(&old, &new)
    }

    /// Both trees handed to the versions that keep them (``DiffVersion/keepsTree``).
    mutating func handTrees(to versions: (old: DiffVersion, new: DiffVersion)) {
        versions.old.keep(&old)
        versions.new.keep(&new)
    }

    /// The changes and word jobs of `other`, which paired the steps after this one's,
    /// appended to this one's (their slots shifted); `other` is left with none. Its
    /// origins are nodes of its own trees: only for a diff without attributions.
    mutating func absorb(_ other: inout Differ) {
        let offset = pending.count
        pending.append(contentsOf: other.pending)
        pendingOrigins.append(contentsOf: other.pendingOrigins)
        for (key, slots) in other.insertedByContent {
            insertedByContent[key, default: []].append(contentsOf: slots.lazy.map { $0 + offset })
        }
        for (key, slots) in other.removedByContent {
            removedByContent[key, default: []].append(contentsOf: slots.lazy.map { $0 + offset })
        }
        wordJobs.append(contentsOf: other.wordJobs.lazy.map { $0 + offset })
        other.pending = []
        other.pendingOrigins = []
        other.insertedByContent = [:]
        other.removedByContent = [:]
        other.wordJobs = []
    }

    /// Every article's sub-units flattened now, not when needed (for the tests).
    mutating func flattenEveryArticle() {
        for index in old.top { old.expand(index) }
        for index in new.top { new.expand(index) }
    }

    /// One step of the pairing of the top-level units (divisions and articles), in order.
    enum Step {
        case removed(Int)
        case compare(Int, Int)
        case inserted(Int)
    }

    /// The top-level units paired by key, as the steps to take in output order: each
    /// step's changes depend on its own units only, so the steps can be cut in two.
    func steps(onlyArticle: String?) -> [Step] {
        func keep(_ tree: UnitTree, _ index: Int) -> Bool {
            guard let onlyArticle else { return true }
            return tree.article(index) == onlyArticle
        }
        let oldTop = old.top.filter { keep(old, $0) }
        let newTop = new.top.filter { keep(new, $0) }
        let pairs = ActDiffer.pairsByKey(old: oldTop.map { old.nodes[$0].key }, new: newTop.map { new.nodes[$0].key })
        var steps: [Step] = []
        steps.reserveCapacity(max(oldTop.count, newTop.count))
        var used = Array(repeating: false, count: oldTop.count)
        var nextOld = 0
        for (index, pair) in zip(newTop, pairs) {
            if let position = pair {
                used[position] = true
                // Units gone before this one are listed where they stood.
                while nextOld < position {
                    if !used[nextOld] { used[nextOld] = true; steps.append(.removed(oldTop[nextOld])) }
                    nextOld += 1
                }
                steps.append(.compare(oldTop[position], index))
            } else {
                steps.append(.inserted(index))
            }
        }
        for position in oldTop.indices where !used[position] { steps.append(.removed(oldTop[position])) }
        return steps
    }

    /// Flattens now, the old version's articles here and the new one's on a second
    /// thread, what `steps` would flatten as they are taken (in the same order: the same
    /// nodes at the same indices), and returns the steps that can give a change: a pair of
    /// articles of the same number and words gives none (`compare` returns at once) and is
    /// dropped. The trees are then read only by the steps.
    mutating func prepare(_ steps: [Step]) -> [Step] {
        var kept: [Step] = []
        kept.reserveCapacity(steps.count / 2)
        var oldArticles: [Int] = [], newArticles: [Int] = []
        // As `compare` decides, before anything is flattened (each unit is in one step):
        // the pairs of articles of the same number and words, decided on two threads.
        var pairs: [(old: Int, new: Int)] = []
        pairs.reserveCapacity(steps.count)
        for step in steps {
            if case .compare(let o, let n) = step { pairs.append((o, n)) }
        }
        let same = UnitTree.sameArticles(old, new, pairs)
        var pair = 0
        for step in steps {
            switch step {
            case .removed(let o):
                oldArticles.append(o)
            case .inserted(let n):
                newArticles.append(n)
            case .compare(let o, let n):
                pair += 1
                if same[pair - 1] { continue }
                oldArticles.append(o)
                newArticles.append(n)
            }
            kept.append(step)
        }
        // The new tree swapped into a box for the other thread, and back: never shared,
        // so that flattening appends to it in place.
        let box = TreeBox()
        swap(&box.tree, &new)
        let articles = newArticles
        let thread = SideThread { () -> TreeBox in
            for n in articles { box.tree.expand(n) }
            return box
        }
        for o in oldArticles { old.expand(o) }
        swap(&new, &thread.wait().tree)
        return kept
    }

    /// Takes `steps`, in order.
    mutating func perform(_ steps: ArraySlice<Step>) {
        for step in steps {
            switch step {
            case .removed(let o): removed(o)
            case .compare(let o, let n): compare(o, n)
            case .inserted(let n): inserted(n)
            }
        }
    }

    /// The final list: an inserted and a removed unit with the same words and level
    /// become one renumbered change, where the inserted one stood.
    mutating func finish() -> [UnitChange] {
        compareWords()
        for (key, newIndices) in insertedByContent.sorted(by: { $0.value[0] < $1.value[0] }) {
            guard var oldIndices = removedByContent[key] else { continue }
            for newSlot in newIndices {
                guard !oldIndices.isEmpty else { break }
                let oldSlot = oldIndices.removeFirst()
                guard let added = pending[newSlot], let gone = pending[oldSlot], !added.new.isEmpty,
                      sameBytes(added.new, gone.old) else { continue }
                pending[newSlot] = UnitChange(kind: .renumbered, level: added.level, oldAddress: gone.oldAddress,
                                              newAddress: added.newAddress, article: added.article, anchor: added.anchor,
                                              label: added.label, old: gone.old, new: added.new,
                                              words: WordDiff.diff(gone.old, added.new))
                pendingOrigins[newSlot] = (pendingOrigins[oldSlot].0, pendingOrigins[newSlot].1)
                pending[oldSlot] = nil
            }
            removedByContent[key] = oldIndices
        }
        regroup()
        var result: [UnitChange] = []
        origins = []
        mergedOrigins = []
        // Each change moved out of `pending`, not copied (a dozen strings each).
        for slot in pending.indices {
            guard let change = pending[slot].take() else { continue }
            result.append(change)
            origins.append(pendingOrigins[slot])
            mergedOrigins.append(pendingMerged[slot] ?? [])
        }
        return result
    }

    /// "dont le texte actuel formera le § 1er": a § inserted whose words are those of a run
    /// of alinéas (or points) removed from the same article, in order, is those units
    /// renumbered as one § — changed too when later words differ (at least 60 % of the
    /// words shared, Dice) — not a new § beside deleted text.
    private mutating func regroup() {
        // The removed units of each article, in order, gathered once (not per § inserted).
        // Each change is looked at through `pending[slot]?`, field by field: bound whole
        // (`if let change = pending[slot]`), every change of a large diff was copied, a
        // dozen strings retained and released (6 % of the differ's samples in perf).
        var removedByArticle: [String: [Int]] = [:]
        for slot in pending.indices {
            guard pending[slot]?.kind == .removed, pending[slot]?.level != .paragraph, let article = pending[slot]?.article else { continue }
            removedByArticle[article, default: []].append(slot)
        }
        guard !removedByArticle.isEmpty else { return }
        for slot in pending.indices {
            guard pending[slot]?.kind == .inserted, pending[slot]?.level == .paragraph, pending[slot]?.new.isEmpty == false,
                  let article = pending[slot]?.article, let removed = removedByArticle[article], let added = pending[slot] else { continue }
            let candidates = removed.filter { pending[$0] != nil }
            guard !candidates.isEmpty, candidates.count <= 64 else { continue }
            let target = Set(added.new.split(whereSeparator: \.isWhitespace))
            var best: (run: ArraySlice<Int>, score: Double, text: String)? = nil
            for start in candidates.indices {
                var text = ""
                for end in start..<candidates.count {
                    guard let gone = pending[candidates[end]] else { break }
                    text += (end == start ? "" : "\n") + gone.old
                    if sameBytes(text, added.new) {
                        best = (candidates[start...end], 1, text)
                        break
                    }
                    let words = Set(text.split(whereSeparator: \.isWhitespace))
                    let score = 2 * Double(words.intersection(target).count) / Double(max(1, words.count + target.count))
                    if score >= 0.6, score > best?.score ?? 0 { best = (candidates[start...end], score, text) }
                }
                if best?.score == 1 { break }
            }
            guard let (run, score, text) = best, let first = pending[run.first!], let last = pending[run.last!] else { continue }
            let moved = score == 1 && sameBytes(text, added.new)
            pending[slot] = UnitChange(kind: moved ? .renumbered : .changed, level: added.level,
                                       oldAddress: Self.span(first.oldAddress, last.oldAddress, count: run.count),
                                       newAddress: added.newAddress, article: added.article, anchor: added.anchor, label: added.label,
                                       old: text, new: added.new, words: moved ? [WordEdit(.equal, added.new)] : WordDiff.diff(text, added.new))
            pendingOrigins[slot] = (pendingOrigins[run.first!].0, pendingOrigins[slot].1)
            pendingMerged[slot] = run.dropFirst().compactMap { pendingOrigins[$0].0 }
            for gone in run { pending[gone] = nil }
        }
    }

    /// The addresses of a run of units, in any language: `art. 10, al. 1–2`,
    /// `art. 2, 1°–3°`.
    static func span(_ first: String?, _ last: String?, count: Int) -> String? {
        guard let first, let last, count > 1 else { return first }
        let firstUnit = first.components(separatedBy: ", ").last ?? first
        let lastUnit = last.components(separatedBy: ", ").last ?? last
        // The words both units start with ("al. ") are said once.
        let shared = zip(firstUnit, lastUnit).prefix { $0 == $1 && !$0.isNumber }.count
        return first + "–" + String(lastUnit.dropFirst(shared))
    }

    /// The word-level comparison of every changed unit, done once pairing is over: with
    /// many units, the second half on a thread of its own meanwhile (the words of one unit
    /// do not depend on another's; the reading threads are done by now).
    private mutating func compareWords() {
        let jobs = wordJobs.compactMap { slot -> (Int, String, String)? in
            guard let old = pending[slot]?.old, let new = pending[slot]?.new else { return nil }
            return (slot, old, new)
        }
        wordJobs = []
        let half = jobs.count >= 256 ? jobs.count / 2 : jobs.count
        let rest = Array(jobs[half...])
        let second = rest.isEmpty ? nil : SideThread { rest.map { WordDiff.diff($0.1, $0.2) } }
        var words = jobs[..<half].map { WordDiff.diff($0.1, $0.2) }
        if let second { words += second.wait() }
        for ((slot, _, _), edits) in zip(jobs, words) {
            // Taken out and put back: changed in place, not copied.
            guard var change = pending[slot].take() else { continue }
            change.words = edits
            // Words equal, only the spacing differs: no change, or a renumbering.
            if !change.words.contains(where: { $0.operation != .equal }) {
                if change.oldAddress == change.newAddress { continue }
                change.kind = .renumbered
            }
            pending[slot] = change
        }
    }

    private mutating func emit(_ change: UnitChange, old oldIndex: Int?, new newIndex: Int?) {
        pending.append(change)
        pendingOrigins.append((oldIndex, newIndex))
    }

    private mutating func inserted(_ index: Int) {
        new.expand(index)
        let node = new.nodes[index]
        // A unit inserted already repealed (a placeholder) says nothing new.
        let text = new.fullText(index, includeLabel: false)
        if node.status == .inForce {
            insertedByContent[Key(level: node.level, hash: new.contentHash(index)), default: []].append(pending.count)
        }
        emit(UnitChange(kind: .inserted, level: node.level, oldAddress: nil, newAddress: new.addressText(index), article: new.article(index),
                        anchor: new.anchor(index), label: node.label, old: "", new: text, words: [WordEdit(.insert, text)]),
             old: nil, new: index)
    }

    private mutating func removed(_ index: Int) {
        old.expand(index)
        let node = old.nodes[index]
        let text = old.fullText(index, includeLabel: false)
        if node.status == .inForce {
            removedByContent[Key(level: node.level, hash: old.contentHash(index)), default: []].append(pending.count)
        }
        emit(UnitChange(kind: .removed, level: node.level, oldAddress: old.addressText(index), newAddress: nil, article: old.article(index),
                        anchor: "old-" + old.anchor(index), label: node.label, old: text, new: "", words: [WordEdit(.delete, text)]),
             old: index, new: nil)
    }

    /// Two units paired by address: their status, their words, then their sub-units.
    private mutating func compare(_ o: Int, _ n: Int) {
        // Two articles of the same number and the same words, most of an act: nothing
        // to flatten or compare.
        if let x = old.unexpandedArticle(o), let y = new.unexpandedArticle(n), old.nodes[o].key == new.nodes[n].key, UnitTree.sameWords(x, y) {
            return
        }
        old.expand(o)
        new.expand(n)
        let a = old.nodes[o], b = new.nodes[n]
        if a.key == b.key, UnitTree.same(old, o, new, n) { return }
        // A text the input does not hold (`unknown`) is compared by its words, which say so.
        switch (a.status == .repealed, b.status == .repealed) {
        case (true, true):
            return
        case (false, true):
            let before = old.fullText(o, includeLabel: false)
            let after = new.fullText(n, includeLabel: false)
            return emit(UnitChange(kind: .repealed, level: b.level, oldAddress: old.addressText(o), newAddress: new.addressText(n), article: new.article(n),
                                   anchor: new.anchor(n), label: b.label, old: before, new: after,
                                   words: [WordEdit(.delete, before), WordEdit(.equal, " "), WordEdit(.insert, after)]),
                        old: o, new: n)
        case (true, false):
            let before = old.fullText(o, includeLabel: false)
            let after = new.fullText(n, includeLabel: false)
            return emit(UnitChange(kind: .reestablished, level: b.level, oldAddress: old.addressText(o), newAddress: new.addressText(n), article: new.article(n),
                                   anchor: new.anchor(n), label: b.label, old: before, new: after,
                                   words: [WordEdit(.delete, before), WordEdit(.equal, " "), WordEdit(.insert, after)]),
                        old: o, new: n)
        case (false, false):
            break
        }
        if !sameBytes(a.text, b.text) {
            emit(UnitChange(kind: .changed, level: b.level, oldAddress: old.addressText(o), newAddress: new.addressText(n), article: new.article(n),
                            anchor: new.anchor(n), label: b.label, old: a.text, new: b.text, words: []),
                 old: o, new: n)
            wordJobs.append(pending.count - 1)
        } else if a.level != .alinea, a.key != b.key, UnitTree.same(old, o, new, n) {
            return emitRenumbered(o, n)
        }
        compareChildren(a.children, b.children)
    }

    private mutating func emitRenumbered(_ o: Int, _ n: Int) {
        let a = old.nodes[o], b = new.nodes[n]
        let text = new.fullText(n, includeLabel: false)
        emit(UnitChange(kind: .renumbered, level: b.level, oldAddress: old.addressText(o), newAddress: new.addressText(n), article: new.article(n),
                        anchor: new.anchor(n), label: b.label, old: old.fullText(o, includeLabel: false), new: text,
                        words: [WordEdit(.equal, text)]),
             old: o, new: n)
    }

    /// Sub-units of two paired units: identical ones first (Myers on their content
    /// hashes), then the gaps between them paired by number or likeness.
    private mutating func compareChildren(_ oldChildren: [Int], _ newChildren: [Int]) {
        if oldChildren.isEmpty, newChildren.isEmpty { return }
        var ids: [Int: Int32] = [:]
        func id(_ hash: Int) -> Int32 {
            if let found = ids[hash] { return found }
            let value = Int32(truncatingIfNeeded: ids.count)
            ids[hash] = value
            return value
        }
        let a = oldChildren.map { id(old.contentHash($0)) }
        let b = newChildren.map { id(new.contentHash($0)) }
        let (deleted, inserted) = Myers.changes(a, b)
        var i = 0, j = 0
        while i < oldChildren.count || j < newChildren.count {
            if i < oldChildren.count, j < newChildren.count, !deleted[i], !inserted[j] {
                let o = oldChildren[i], n = newChildren[j]
                let on = old.nodes[o], nn = new.nodes[n]
                // Same words: silent for a counted alinéa, renumbered for a numbered unit.
                if !UnitTree.same(old, o, new, n) {
                    compare(o, n) // equal hashes, different texts: never trust a hash alone
                } else if on.level != .alinea, on.level == nn.level, on.key != nn.key {
                    emitRenumbered(o, n)
                }
                i += 1; j += 1
                continue
            }
            let gapOld = i
            while i < oldChildren.count, deleted[i] { i += 1 }
            let gapNew = j
            while j < newChildren.count, inserted[j] { j += 1 }
            if gapOld == i, gapNew == j { break }
            compareGap(Array(oldChildren[gapOld..<i]), Array(newChildren[gapNew..<j]))
        }
    }

    /// Pairs the sub-units of a gap: same level and key (a § or a point keeps its
    /// number), or, for alinéas, the most alike in order; the rest is inserted or removed.
    private mutating func compareGap(_ gapOld: [Int], _ gapNew: [Int]) {
        var pairOfNew = Array(repeating: -1, count: gapNew.count)
        var pairedOld = Array(repeating: false, count: gapOld.count)
        var byKey: [UnitTree.Key: [Int]] = [:]
        for (position, o) in gapOld.enumerated() where old.nodes[o].level != .alinea {
            byKey[old.nodes[o].key, default: []].append(position)
        }
        for (position, n) in gapNew.enumerated() where new.nodes[n].level != .alinea {
            if var candidates = byKey[new.nodes[n].key], !candidates.isEmpty {
                let found = candidates.removeFirst()
                byKey[new.nodes[n].key] = candidates
                if old.nodes[gapOld[found]].level == new.nodes[n].level {
                    pairOfNew[position] = found
                    pairedOld[found] = true
                }
            }
        }
        // Alinéas: equal counts pair in order.
        let oldAlineas = gapOld.indices.filter { old.nodes[gapOld[$0]].level == .alinea }
        let newAlineas = gapNew.indices.filter { new.nodes[gapNew[$0]].level == .alinea }
        if !oldAlineas.isEmpty, oldAlineas.count == newAlineas.count {
            for (x, y) in zip(oldAlineas, newAlineas) { pairOfNew[y] = x; pairedOld[x] = true }
        }
        // The rest (alinéas of unequal counts, points whose label changed form, `-` → `1°`):
        // the most alike unit of the same level, in order, if at least half their words are
        // shared (Dice coefficient over whitespace-separated words).
        let restOld = gapOld.indices.filter { !pairedOld[$0] }
        let restNew = gapNew.indices.filter { pairOfNew[$0] < 0 }
        if !restOld.isEmpty, !restNew.isEmpty, restOld.count * restNew.count <= 4096 {
            let newWords = restNew.map { Set(new.nodes[gapNew[$0]].text.split(separator: " ")) }
            var start = 0
            for x in restOld {
                let level = old.nodes[gapOld[x]].level
                let words = Set(old.nodes[gapOld[x]].text.split(separator: " "))
                var best = -1
                var bestScore = 0.5
                for candidate in start..<restNew.count where new.nodes[gapNew[restNew[candidate]]].level == level {
                    let other = newWords[candidate]
                    // Dice coefficient: shared words over the mean size.
                    let sizes = words.count + other.count
                    let score = sizes == 0 ? 1 : 2 * Double(words.intersection(other).count) / Double(sizes)
                    if score > bestScore { bestScore = score; best = candidate }
                }
                if best >= 0 {
                    pairOfNew[restNew[best]] = x
                    pairedOld[x] = true
                    start = best + 1
                }
            }
        }
        // Output in the new order; unpaired old units where they stood.
        var nextOld = 0
        for (position, n) in gapNew.enumerated() {
            let pair = pairOfNew[position]
            if pair >= 0 {
                while nextOld < pair {
                    if !pairedOld[nextOld] { pairedOld[nextOld] = true; removed(gapOld[nextOld]) }
                    nextOld += 1
                }
                compare(gapOld[pair], n)
            } else {
                inserted(n)
            }
        }
        for position in gapOld.indices where !pairedOld[position] { removed(gapOld[position]) }
    }
}
