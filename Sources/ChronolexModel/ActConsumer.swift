/// Receives an act piece by piece, in the order of the text, as a reader finishes each
/// piece: ``begin(_:)`` with the act's metadata, preamble and file (its body empty), then
/// each division opened and closed around what it holds, each article whole, then
/// ``end()``. A division comes without its children, once its heading, intro and
/// footnotes are complete. A consumer that writes as the pieces come (the outline, text and
/// JSON renderers) never needs the tree whole: `parse` holds one article at a time.
///
/// `depth` is the number of divisions around the piece (0 at the top of the body), as
/// ``ActVisitor`` counts it.
public protocol ActConsumer {
    mutating func begin(_ act: Act)
    mutating func openDivision(_ division: Division, depth: Int)
    mutating func article(_ article: Article, depth: Int)
    mutating func closeDivision(_ division: Division, depth: Int)
    mutating func end()
}

extension ActConsumer {
    public mutating func closeDivision(_ division: Division, depth: Int) {}
    public mutating func end() {}
}

extension Act {
    /// Hands the act to `consumer` piece by piece, as a reader that streams it does
    /// (``ActConsumer``): what a renderer writes so is what it writes from the tree.
    ///
    /// - Complexity: O(n) in the number of divisions and articles; iterative.
    public func stream<Consumer: ActConsumer>(to consumer: inout Consumer) {
        var head = self
        head.body = []
        consumer.begin(head)
        var stack: [(division: Division?, elements: ArraySlice<BodyElement>)] = [(nil, body[...])]
        while !stack.isEmpty {
            guard let element = stack[stack.count - 1].elements.popFirst() else {
                let done = stack.removeLast()
                if let division = done.division { consumer.closeDivision(division, depth: stack.count - 1) }
                continue
            }
            switch element {
            case .article(let article):
                consumer.article(article, depth: stack.count - 1)
            case .division(let division):
                var shell = division
                shell.children = []
                consumer.openDivision(shell, depth: stack.count - 1)
                stack.append((shell, division.children[...]))
            }
        }
        consumer.end()
    }
}
