package nl.aanbodwijzer.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents already found by an earlier pass of the same search, per segment ordinal of the same
 * reader: a filter that lets the scoring pass skip straight to them. Never cached; it lives for one search.
 */
final class DocSetQuery extends Query {
    private final FixedBitSet[] docsBySegment;

    DocSetQuery(FixedBitSet[] docsBySegment) {
        this.docsBySegment = docsBySegment;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext leaf) {
                FixedBitSet docs = docsBySegment[leaf.ord];
                if (docs == null) {
                    return null;
                }
                long cost = docs.cardinality();
                if (cost == 0) {
                    return null;
                }
                return new DefaultScorerSupplier(
                        new ConstantScoreScorer(score(), scoreMode, new BitSetIterator(docs, cost)));
            }

            @Override
            public boolean isCacheable(LeafReaderContext leaf) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "DocSetQuery";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocSetQuery that && docsBySegment == that.docsBySegment;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(docsBySegment);
    }
}
