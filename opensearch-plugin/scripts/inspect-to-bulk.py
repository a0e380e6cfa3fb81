#!/usr/bin/env python3
"""Turns `vnsearch inspect --json` output into an OpenSearch _bulk body: one document per paragraph, with the
fields of index-config/opensearch/vnsearch-template.json. Ingestion (paragraph splitting, kinds, district,
province, year, topics) stays vnsearch's, client-side; OpenSearch only indexes and searches.

    ./vnsearch inspect --json samples/ | opensearch-plugin/scripts/inspect-to-bulk.py vnsearch-paragraphs > bulk.ndjson
    curl -s -H 'Content-Type: application/x-ndjson' -XPOST 'localhost:9200/_bulk?refresh=true' --data-binary @bulk.ndjson

The document id is the embedded index's paragraph id, "ARTICLE-ID#pN", so re-sending an article replaces its
paragraphs (delete the old ones first when an article loses paragraphs: delete-by-query on article_group).
"""
import json
import sys


def documents(inspected):
    for article in inspected["articles"]:
        for p in article["paragraphs"]:
            pid = "%s#p%d" % (article["id"], p["ordinal"])
            doc = {
                "id": pid,
                "article_id": article["id"],
                "article_group": article.get("group", article["id"]),
                "paragraph": p["ordinal"],
                "kind": p["kind"].lower(),
                "title": article.get("title", ""),
                "source": article.get("source"),
                "text": p["text"],
                "years_mentioned": p.get("years_mentioned", []),
                "districts_mentioned": p.get("districts_mentioned", []),
                "topic": p.get("topics", []),
            }
            for key in ("date", "year", "district", "district_name", "province"):
                if article.get(key) is not None:
                    doc[key] = article[key]
            yield pid, doc


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: vnsearch inspect --json PATH... | inspect-to-bulk.py INDEX > bulk.ndjson")
    index = sys.argv[1]
    inspected = json.load(sys.stdin)
    out = sys.stdout
    for pid, doc in documents(inspected):
        out.write(json.dumps({"index": {"_index": index, "_id": pid}}, ensure_ascii=False) + "\n")
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
