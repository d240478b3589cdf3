//! PageRank on a weighted, undirected graph: the ranking step of TextRank, for sentences and words.

/// PageRank damping, as in the TextRank paper.
const DAMPING: f64 = 0.85;

/// A graph of `n` nodes as adjacency lists of (neighbour, weight); links are given both ways. A pair
/// linked twice has two entries: PageRank sums over them just as over one entry of the summed weight,
/// and appending keeps building the graph linear in its links (a lookup per link made a long paste's
/// word graph quadratic).
pub struct Graph {
    links: Vec<Vec<(usize, f64)>>,
}

impl Graph {
    /// A graph of `n` nodes and no links.
    pub fn new(n: usize) -> Self {
        Graph { links: vec![Vec::new(); n] }
    }

    /// Adds `weight` to the undirected link between `a` and `b` (ignored for a self-link or weight 0).
    pub fn link(&mut self, a: usize, b: usize, weight: f64) {
        if a == b || weight <= 0.0 {
            return;
        }
        self.links[a].push((b, weight));
        self.links[b].push((a, weight));
    }

    /// The PageRank of every node (an isolated node keeps the floor 1 − damping).
    pub fn rank(&self) -> Vec<f64> {
        let n = self.links.len();
        let out: Vec<f64> = self.links.iter().map(|l| l.iter().map(|(_, w)| w).sum()).collect();
        // What each link passes on of its node's rank, the same in every iteration.
        let shares: Vec<Vec<(usize, f64)>> = (self.links.iter().zip(&out))
            .map(|(links, out)| links.iter().map(|&(to, w)| (to, DAMPING * w / out)).collect())
            .collect();
        let mut rank = vec![1.0; n];
        for _ in 0..60 {
            let mut next = vec![1.0 - DAMPING; n];
            for (from, links) in shares.iter().enumerate() {
                for &(to, share) in links {
                    next[to] += share * rank[from];
                }
            }
            let change: f64 = next.iter().zip(&rank).map(|(a, b)| (a - b).abs()).sum();
            rank = next;
            if change < 1e-7 * n as f64 {
                break;
            }
        }
        rank
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hub_of_a_star_ranks_first() {
        let mut g = Graph::new(4);
        for leaf in 1..4 {
            g.link(0, leaf, 1.0);
        }
        let r = g.rank();
        assert!(r[0] > r[1] && (r[1] - r[2]).abs() < 1e-9);
        // PageRank keeps the total mass at n.
        assert!((r.iter().sum::<f64>() - 4.0).abs() < 1e-3);
    }

    #[test]
    fn a_pair_linked_twice_ranks_as_one_link_of_the_summed_weight() {
        let mut twice = Graph::new(3);
        twice.link(0, 1, 1.0);
        twice.link(1, 0, 1.0);
        twice.link(1, 2, 1.0);
        let mut once = Graph::new(3);
        once.link(0, 1, 2.0);
        once.link(1, 2, 1.0);
        for (a, b) in twice.rank().into_iter().zip(once.rank()) {
            assert!((a - b).abs() < 1e-9);
        }
    }
}
