"""The actor network as GraphML (for Gephi, yEd, networkx, igraph…).

**Nodes** are the named entities of type PER, ORG and LOC (an entity is its knowledge-base id
when linked, else its normalized name; mentions with neither are left out), plus the event
actors that are not such an entity (a group such as "the West"; an unnamed official, who
stands for their state: the node ``country/ISO3``). A node's id is its KB id or name; its
attributes: ``name``, ``type`` (PER, ORG, LOC; the KB's type or empty for an actor that is
never mentioned as an entity), ``country`` (ISO3), ``kb_id``, ``mentions`` and ``articles``.

**Edges** have a ``kind``:

- ``event``: directed, source → target, one edge per ordered pair of nodes with every event
  between them (each source actor to each target actor; none from a node to itself).
  Attributes: ``count`` (events) and ``weight`` (the same), ``mean_score`` (the mean
  cooperation–conflict score, -10 … 10), ``types`` (``CONSULT:3;AGREE:1``, most frequent
  first) and one integer attribute per PLOVER type seen (``CONSULT``…, default 0).
- ``comention``: undirected (``directed="false"`` on the edge), between two entity nodes
  mentioned in the same articles; ``weight`` is the number of those articles, and only pairs
  with at least ``min_comentions`` shared articles (default 2) are kept.

Nodes come most mentioned first; event edges then co-mention edges, heaviest first. The XML
is written with :mod:`xml.etree.ElementTree`, which escapes every value; keys are declared.
"""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TextIO

from sukien.document import Actor, Document
from sukien.events.plover import PLOVER_TYPES
from sukien.export.plover import event_score
from sukien.export.tables import EntityInfo, EntityTally
from sukien.kb.loader import KB, load_kb

__all__ = ["GRAPHML_NS", "Graph", "build_graph", "graph_element", "write_graphml"]

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
NODE_TYPES = ("PER", "ORG", "LOC")


@dataclass
class Node:
    id: str
    name: str
    type: str
    country: str | None
    kb_id: str | None
    mentions: int = 0
    articles: int = 0


@dataclass
class EventEdge:
    source: str
    target: str
    types: Counter[str] = field(default_factory=Counter)
    score_sum: float = 0.0

    @property
    def count(self) -> int:
        return sum(self.types.values())


@dataclass
class Graph:
    nodes: list[Node]
    events: list[EventEdge]
    comentions: list[tuple[str, str, int]]  # (node, node, shared articles), node ids sorted


def _actor_key(actor: Actor) -> str | None:
    """The node an event actor stands for: its KB id, its name, or its state when it has only
    a country (an unnamed official)."""
    if actor.kb_id or actor.name:
        return actor.kb_id or actor.name
    return f"country/{actor.country}" if actor.country else None


def build_graph(docs: Iterable[Document], min_comentions: int = 2, kb: KB | None = None) -> Graph:
    kb = kb if kb is not None else load_kb()
    tally = EntityTally()
    named_keys: list[set[str]] = []  # per article, the keys of its named entities
    events: dict[tuple[str, str], EventEdge] = {}
    actors: dict[str, Actor] = {}
    for doc in docs:
        keys = set()
        for entity in doc.entities:
            key = tally.add(doc.id, entity)
            if entity.kb_id or entity.name:
                keys.add(key)
        named_keys.append(keys)
        for ev in doc.events:
            sources = [(k, a) for a in ev.source if (k := _actor_key(a))]
            targets = [(k, a) for a in ev.target if (k := _actor_key(a))]
            for (s, sa), (t, ta) in itertools.product(sources, targets):
                if s == t:
                    continue
                actors.setdefault(s, sa)
                actors.setdefault(t, ta)
                edge = events.setdefault((s, t), EventEdge(s, t))
                edge.types[ev.type] += 1
                edge.score_sum += event_score(ev)
    infos: dict[str, EntityInfo] = {e.key: e for e in tally.entities(kb)}
    nodes: dict[str, Node] = {}
    for info in infos.values():
        if info.named and info.type in NODE_TYPES:
            nodes[info.key] = _node(info)
    for key in sorted(actors):
        if key in nodes:
            continue
        if key in infos:
            nodes[key] = _node(infos[key])
            continue
        actor = actors[key]
        known = kb.get(key)
        if known is not None:
            nodes[key] = Node(key, known.name, known.type, known.country, known.id)
        else:
            nodes[key] = Node(key, actor.name or key, "", actor.country, actor.kb_id)
    pairs: Counter[tuple[str, str]] = Counter()
    for keys in named_keys:
        present = sorted(k for k in keys if k in nodes and infos[k].type in NODE_TYPES)
        pairs.update(itertools.combinations(present, 2))
    comentions = sorted(
        ((a, b, n) for (a, b), n in pairs.items() if n >= min_comentions),
        key=lambda p: (-p[2], p[0], p[1]),
    )
    ordered = sorted(nodes.values(), key=lambda n: (-n.mentions, -n.articles, n.id))
    edges = sorted(events.values(), key=lambda e: (-e.count, e.source, e.target))
    return Graph(ordered, edges, comentions)


def _node(info: EntityInfo) -> Node:
    return Node(
        info.key, info.name, info.type, info.country, info.kb_id, info.mentions, info.articles
    )


def _q(tag: str) -> str:
    return f"{{{GRAPHML_NS}}}{tag}"


def graph_element(graph: Graph) -> ET.Element:
    """The ``<graphml>`` element of ``graph``."""
    ET.register_namespace("", GRAPHML_NS)
    root = ET.Element(_q("graphml"))
    kinds = [t for t in PLOVER_TYPES if any(t in e.types for e in graph.events)]
    keys = [
        ("node", "name", "string", None),
        ("node", "type", "string", None),
        ("node", "country", "string", None),
        ("node", "kb_id", "string", None),
        ("node", "mentions", "int", "0"),
        ("node", "articles", "int", "0"),
        ("edge", "kind", "string", None),
        ("edge", "weight", "double", None),
        ("edge", "count", "int", None),
        ("edge", "mean_score", "double", None),
        ("edge", "types", "string", None),
        *(("edge", kind, "int", "0") for kind in kinds),
    ]
    ids: dict[tuple[str, str], str] = {}
    for domain, name, kind, default in keys:
        key_id = f"{domain[0]}_{name}"
        ids[domain, name] = key_id
        attrs = {"id": key_id, "for": domain, "attr.name": name, "attr.type": kind}
        key = ET.SubElement(root, _q("key"), attrs)
        if default is not None:
            ET.SubElement(key, _q("default")).text = default
    g = ET.SubElement(root, _q("graph"), {"id": "sukien", "edgedefault": "directed"})

    def data(parent: ET.Element, domain: str, name: str, value: object) -> None:
        if value is None or value == "":
            return
        ET.SubElement(parent, _q("data"), {"key": ids[domain, name]}).text = str(value)

    for node in graph.nodes:
        el = ET.SubElement(g, _q("node"), {"id": node.id})
        data(el, "node", "name", node.name)
        data(el, "node", "type", node.type)
        data(el, "node", "country", node.country)
        data(el, "node", "kb_id", node.kb_id)
        data(el, "node", "mentions", node.mentions)
        data(el, "node", "articles", node.articles)
    n = 0
    for edge in graph.events:
        el = ET.SubElement(
            g, _q("edge"), {"id": f"e{n}", "source": edge.source, "target": edge.target}
        )
        n += 1
        data(el, "edge", "kind", "event")
        data(el, "edge", "weight", float(edge.count))
        data(el, "edge", "count", edge.count)
        data(el, "edge", "mean_score", round(edge.score_sum / edge.count, 4))
        ranked = sorted(edge.types.items(), key=lambda kv: (-kv[1], kv[0]))
        data(el, "edge", "types", ";".join(f"{t}:{c}" for t, c in ranked))
        for kind, count in ranked:
            data(el, "edge", kind, count)
    for a, b, weight in graph.comentions:
        attrs = {"id": f"e{n}", "source": a, "target": b, "directed": "false"}
        el = ET.SubElement(g, _q("edge"), attrs)
        n += 1
        data(el, "edge", "kind", "comention")
        data(el, "edge", "weight", float(weight))
    return root


def write_graphml(
    docs: Iterable[Document], out: TextIO, min_comentions: int = 2
) -> tuple[int, int]:
    """The actor network of ``docs`` as GraphML; returns the numbers of nodes and edges."""
    graph = build_graph(docs, min_comentions)
    root = graph_element(graph)
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
    return len(graph.nodes), len(graph.events) + len(graph.comentions)
