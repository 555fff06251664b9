#!/usr/bin/env python3
"""Write the web-page (html/) and NITF (xml/) versions of three heldout3
articles from src/NAME.json; deterministic.

usage: make_pages.py [--check]

Each source's "variants" names the files to write. The templates differ from
those of tests/heldout and tests/heldout2:

  802_*.html  article 702 on a wire-service style page ("Pacific Ledger"):
              two JSON-LD scripts (NewsArticle with two Person authors, and a
              BreadcrumbList), og: and article:published_time meta; the body
              is a run of <div data-testid="paragraph-N"> (no <p>), with an
              inline figure and a "Related" card; after it a "Reporting by
              ...; Editing by ..." sign-off, a trust-principles line, a "Read
              next" rail with other headlines and <time>s, a cookie banner
  810_*.html  article 710 on a WordPress site ("Andaman Post"): a Yoast
              JSON-LD @graph (Article, WebPage, Person, Organization), og:
              and article: meta, <meta name="author">; the byline is an
              "author vcard" link, two <time> (published, updated); inside
              entry-content an ad slot, a "READ MORE:" link paragraph and a
              Jetpack share block; related posts and dated comments follow
  905_*.xml   article 705 as NITF 3.6: docdata with doc-id, date.issue and
              date.release, an <abstract> summary that is not body text,
              hedline hl1 + hl2, a byline with two <person>s and a <byttl>,
              a dateline with <location> and <story.date>, <media> captions
              with <media-producer> credits, <block> paragraphs and a
              <tagline> in body.end

The article text is the clean text of the source; the page furniture is
boilerplate that must not end up in the article.
"""
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def e(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


def dparts(iso):
    return tuple(int(x) for x in iso.split("-"))


def slug(title):
    out = []
    for c in title.lower():
        out.append(c if c.isalnum() and c.isascii() else "-")
    return "-".join(x for x in "".join(out).split("-") if x)[:80].rstrip("-")


def body_items(src):
    caps, links = {}, {}
    for c in src.get("captions", []):
        caps.setdefault(c["after"], []).append(c)
    for k in src.get("links", []):
        links.setdefault(k["after"], []).append(k["url"])
    items = []
    for i, p in enumerate(src["paragraphs"]):
        items.append(("p", p))
        for c in caps.get(i, []):
            items.append(("cap", c))
        for u in links.get(i, []):
            items.append(("link", u))
    return items


CARD_TITLES = {
    "https://www.japantimes.co.jp/business/2024/11/05/tech/china-data-rules-ride-hailing/":
        "China tightens data rules for ride-hailing and mapping firms",
    "https://www.japantimes.co.jp/business/2025/02/18/economy/thailand-tourist-entry-fee-delay/":
        "Thailand delays tourist entry fee again as arrivals soften",
}


# ------------------------------------------------------------ 802: wire-service page
def page_wire(src, fname):
    y, m, d = dparts(src["published"])
    title = src["title"]
    sl = slug(title)
    url = f"https://www.pacificledger.com/technology/{sl}-{y}-{m:02d}-{d:02d}/"
    pub = f"{src['published']}T03:12:44Z"
    mod = f"{src['published']}T05:40:02Z"
    lead = src["lead_caption"]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "description": "Regulator says Qingtu collected location data illegally; shares slump after Hong Kong debut.",
        "image": [f"https://cdn.pacificledger.com/img/{y}/{m:02d}/{sl[:30]}-1200x800.jpg"],
        "datePublished": pub,
        "dateModified": mod,
        "author": [{"@type": "Person", "name": n, "url": f"https://www.pacificledger.com/authors/{slug(n)}/"}
                   for n in src["authors"]],
        "publisher": {"@type": "Organization", "name": "Pacific Ledger",
                      "logo": {"@type": "ImageObject", "url": "https://www.pacificledger.com/logo-600x60.png"}},
        "articleSection": "Technology",
        "isAccessibleForFree": True,
    }
    crumbs = {
        "@context": "https://schema.org", "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Technology", "item": "https://www.pacificledger.com/technology/"},
            {"@type": "ListItem", "position": 2, "name": "China", "item": "https://www.pacificledger.com/technology/china/"},
        ],
    }
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w('<html lang="en-GB" dir="ltr">')
    w("<head>")
    w('<meta charset="utf-8"/>')
    w(f"<title>{e(title)} | Pacific Ledger</title>")
    w('<meta name="viewport" content="width=device-width, initial-scale=1"/>')
    w(f'<meta name="description" content="{a(ld["description"])}"/>')
    w(f'<link rel="canonical" href="{url}"/>')
    w(f'<meta property="og:title" content="{a(title)}"/>')
    w('<meta property="og:type" content="article"/>')
    w(f'<meta property="og:url" content="{url}"/>')
    w('<meta property="og:site_name" content="Pacific Ledger"/>')
    w(f'<meta property="article:published_time" content="{pub}"/>')
    w(f'<meta property="article:modified_time" content="{mod}"/>')
    w('<meta property="article:section" content="Technology"/>')
    w('<meta name="twitter:site" content="@pacificledger"/>')
    w('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    w('<script type="application/ld+json">' + json.dumps(crumbs, ensure_ascii=False) + "</script>")
    w('<link rel="stylesheet" href="/pf/resources/css/main.b7d1c9.css"/>')
    w('<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>')
    w("</head>")
    w('<body class="article-page">')
    w('<div id="onetrust-banner" role="dialog" aria-label="Cookie banner"><p>We use cookies to improve your experience. '
      'By continuing you agree to our use of cookies.</p><button>Accept all</button><button>Manage preferences</button></div>')
    w('<header class="site-header"><a class="logo" href="/">Pacific Ledger</a><nav><ul>'
      '<li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li><li><a href="/markets/">Markets</a></li>'
      '<li class="active"><a href="/technology/">Technology</a></li><li><a href="/breakingviews/">Views</a></li></ul></nav>'
      '<a class="signin" href="/account/sign-in/">Sign in</a></header>')
    w('<main id="main-content">')
    w('<article class="article__container">')
    w('<nav aria-label="breadcrumb" class="article-header__breadcrumb"><a href="/technology/">Technology</a> <span>/</span> <a href="/technology/china/">China</a></nav>')
    w(f'<h1 data-testid="Heading" class="text__heading_1">{e(title)}</h1>')
    names = [f'<a rel="author" href="/authors/{slug(n)}/">{e(n)}</a>' for n in src["authors"]]
    w(f'<div class="article-header__byline" data-testid="AuthorByLine">By {" and ".join(names)}</div>')
    w(f'<div class="article-header__dateline"><time datetime="{pub}"><span>{MONTHS[m - 1]} {d}, {y}</span>'
      '<span>11:12 AM GMT+8</span></time><span class="updated">Updated 2 hours ago</span></div>')
    w('<div class="article-header__share"><button>Share</button><button>Save</button></div>')
    w(f'<figure class="article-lead-image"><img src="{ld["image"][0]}" alt="" width="1200" height="800"/>'
      f'<figcaption data-testid="Caption">{e(lead["text"])} <span class="credit">{e(lead["credit"])}/File Photo</span> '
      '<a href="/pictures/licensing/">Purchase Licensing Rights</a></figcaption></figure>')
    w('<div class="article-body__content" data-testid="ArticleBody">')
    n = 0
    for kind, x in body_items(src):
        if kind == "p":
            w(f'<div data-testid="paragraph-{n}" class="text__text article-body__paragraph">{e(x)}</div>')
            n += 1
            if n == 3:
                w('<div class="ad-slot" data-slot="mid-1"><span>Advertisement · Scroll to continue</span></div>')
        elif kind == "cap":
            w(f'<figure class="article-body__image"><img src="https://cdn.pacificledger.com/img/{y}/{m:02d}/inline-{n}.jpg" alt=""/>'
              f'<figcaption>{e(x["text"])} <span class="credit">{e(x["credit"])}</span></figcaption></figure>')
        else:
            w(f'<aside class="related-card"><span class="label">Related</span><a href="{x}">{e(CARD_TITLES[x])}</a></aside>')
    w("</div>")
    w('<p class="sign-off" data-testid="SignOffLine">Reporting by Liang Weihao in Beijing and Chloe Brandt in Hong Kong; '
      "Editing by Simon Ashdown and Priya Raman</p>")
    w('<p class="trust"><a href="/info/trust-principles/">Our Standards: The Pacific Ledger Trust Principles.</a></p>')
    w('<ul class="tags"><li><a href="/tags/regulation/">Regulation</a></li><li><a href="/tags/data-privacy/">Data privacy</a></li>'
      '<li><a href="/tags/ipo/">IPOs</a></li></ul>')
    w("</article>")
    w('<aside class="read-next"><h2>Read next</h2><ul>')
    for hl, when in (("Baidu’s robotaxi unit wins permit for Shenzhen airport routes", "2025-03-16T22:05:00Z"),
                     ("Hong Kong IPO pipeline swells as mainland firms return", "2025-03-14T09:41:00Z"),
                     ("Meituan drivers in Guangzhou protest pay changes", "2025-03-12T13:20:00Z")):
        w(f'<li><a href="/technology/{slug(hl)}/">{e(hl)}</a> <time datetime="{when}">{when[:10]}</time></li>')
    w("</ul></aside>")
    w('<section class="newsletter"><h3>Sign up for the Asia Tech Brief</h3><form><input type="email" placeholder="Email"/>'
      "<button>Sign up</button></form></section>")
    w("</main>")
    w(f'<footer class="site-footer"><p>All quotes delayed a minimum of 15 minutes.</p><p>© {y} Pacific Ledger. All rights reserved.</p></footer>')
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------ 810: WordPress
def page_wordpress(src, fname):
    y, m, d = dparts(src["published"])
    title = src["title"]
    sl = slug(title)
    base = "https://www.andamanpost.com"
    url = f"{base}/{y}/{m:02d}/{d:02d}/{sl}/"
    pub = f"{src['published']}T08:30:00+07:00"
    upd = f"{src['published']}T15:02:11+07:00"
    author = src["authors"][0]
    lead = src["lead_caption"]
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url},
             "author": {"name": author, "@id": f"{base}/#/schema/person/5f1c0a"},
             "headline": title, "datePublished": pub, "dateModified": upd,
             "mainEntityOfPage": {"@id": url}, "wordCount": len(" ".join(src["paragraphs"]).split()),
             "publisher": {"@id": f"{base}/#organization"},
             "image": {"@id": url + "#primaryimage"}, "articleSection": ["Business", "Tourism"],
             "inLanguage": "en-US"},
            {"@type": "WebPage", "@id": url, "url": url, "name": title + " - Andaman Post",
             "isPartOf": {"@id": f"{base}/#website"}, "datePublished": pub, "dateModified": upd,
             "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "en-US"},
            {"@type": "ImageObject", "@id": url + "#primaryimage",
             "url": f"{base}/wp-content/uploads/{y}/{m:02d}/khaosan-{y}.jpg", "width": 1280, "height": 853,
             "caption": lead["text"]},
            {"@type": "Organization", "@id": f"{base}/#organization", "name": "Andaman Post",
             "url": base + "/", "sameAs": ["https://www.facebook.com/andamanpost", "https://x.com/andamanpost"]},
            {"@type": "Person", "@id": f"{base}/#/schema/person/5f1c0a", "name": author,
             "url": f"{base}/author/{slug(author)}/"},
        ],
    }
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w('<html lang="en-US" prefix="og: https://ogp.me/ns#">')
    w("<head>")
    w('<meta charset="UTF-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"<title>{e(title)} - Andaman Post</title>")
    w('<meta name="robots" content="index, follow, max-image-preview:large">')
    w(f'<link rel="canonical" href="{url}">')
    w('<meta property="og:locale" content="en_US">')
    w('<meta property="og:type" content="article">')
    w(f'<meta property="og:title" content="{a(title)}">')
    w(f'<meta property="og:url" content="{url}">')
    w('<meta property="og:site_name" content="Andaman Post">')
    w('<meta property="article:publisher" content="https://www.facebook.com/andamanpost">')
    w(f'<meta property="article:published_time" content="{pub}">')
    w(f'<meta property="article:modified_time" content="{upd}">')
    w(f'<meta name="author" content="{a(author)}">')
    w('<meta name="twitter:label1" content="Written by">')
    w(f'<meta name="twitter:data1" content="{a(author)}">')
    w('<meta name="twitter:label2" content="Est. reading time">')
    w('<meta name="twitter:data2" content="4 minutes">')
    w('<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(graph, ensure_ascii=False) + "</script>")
    w("<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2' media='all' />")
    w("<link rel='stylesheet' id='newspack-style-css' href='/wp-content/themes/andaman/style.css?ver=2.1.0' media='all' />")
    w("<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>")
    w("</head>")
    w(f'<body class="post-template-default single single-post postid-48213 single-format-standard">')
    w('<div id="page" class="site"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>')
    w('<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Andaman Post</a></p>'
      '<p class="site-description">News from Thailand and the region</p></div>'
      '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
      '<li class="menu-item"><a href="/category/news/">News</a></li><li class="menu-item current-post-ancestor"><a href="/category/business/">Business</a></li>'
      '<li class="menu-item"><a href="/category/tourism/">Tourism</a></li><li class="menu-item"><a href="/category/phuket/">Phuket</a></li>'
      '<li class="menu-item"><a href="/category/opinion/">Opinion</a></li></ul></nav>'
      '<div class="header-date">Monday, December 1, 2025</div></header>')
    w('<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">')
    w(f'<article id="post-48213" class="post-48213 post type-post status-publish format-standard has-post-thumbnail category-business category-tourism">')
    w('<header class="entry-header">')
    w('<span class="cat-links"><a href="/category/business/" rel="category tag">Business</a>, <a href="/category/tourism/" rel="category tag">Tourism</a></span>')
    w(f'<h1 class="entry-title">{e(title)}</h1>')
    w('<div class="entry-meta"><span class="byline"><span class="author-prefix">By</span> '
      f'<span class="author vcard"><a class="url fn n" href="/author/{slug(author)}/">{e(author)}</a></span></span>'
      f'<span class="posted-on"><time class="entry-date published" datetime="{pub}">{MONTHS[m - 1]} {d}, {y}</time>'
      f'<time class="updated" datetime="{upd}">Updated: {MONTHS[m - 1]} {d}, {y} 3:02 pm</time></span></div>')
    w("</header>")
    w(f'<figure class="post-thumbnail"><img width="1280" height="853" src="/wp-content/uploads/{y}/{m:02d}/khaosan-{y}.jpg" '
      'class="attachment-newspack-featured-image wp-post-image" alt="" decoding="async" fetchpriority="high">'
      f'<figcaption><span class="image-caption">{e(lead["text"])}</span> <span class="image-credit">Photo: {e(lead["credit"])}</span></figcaption></figure>')
    w('<div class="entry-content">')
    n = 0
    for kind, x in body_items(src):
        if kind == "p":
            w(f"<p>{e(x)}</p>")
            n += 1
            if n == 4:
                w('<div class="newspack_global_ad global_below_header"><div id="div-gpt-ad-1701234-0" class="ad-slot"></div>'
                  '<span class="ad-label">Advertisement</span></div>')
        elif kind == "cap":
            w(f'<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/{y}/{m:02d}/inline-{n}.jpg" alt="">'
              f'<figcaption class="wp-element-caption">{e(x["text"])} <em>Photo: {e(x["credit"])}</em></figcaption></figure>')
        else:
            w(f'<p class="read-more"><strong>READ MORE:</strong> <a href="{base}/{y}/02/18/{slug(CARD_TITLES[x])}/">{e(CARD_TITLES[x])}</a></p>')
    w('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share this:</h3>'
      '<ul><li><a class="share-facebook" href="?share=facebook">Facebook</a></li><li><a class="share-x" href="?share=x">X</a></li>'
      '<li><a class="share-line" href="?share=line">LINE</a></li><li><a class="share-email" href="?share=email">Email</a></li></ul></div></div>')
    w('<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>')
    for hl, when in (("Phuket airport expansion approved as arrivals from India climb", "November 24, 2025"),
                     ("Pattaya hotels slash rates ahead of high season", "November 18, 2025"),
                     ("Visa-free scheme under review after crime reports, police say", "October 30, 2025")):
        w(f'<div class="jp-relatedposts-post"><h4><a href="/{slug(hl)}/">{e(hl)}</a></h4><p class="jp-relatedposts-post-date">{when}</p></div>')
    w("</div>")
    w("</div>")
    w('<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/tourism/" rel="tag">tourism</a>, '
      '<a href="/tag/china/" rel="tag">China</a>, <a href="/tag/entry-fee/" rel="tag">entry fee</a></span></footer>')
    w(f'<div class="author-bio"><h2 class="accent-header">{e(author)}</h2><p>Business reporter covering tourism, aviation and hospitality.</p>'
      f'<a class="author-link" href="/author/{slug(author)}/">More by {e(author)}</a></div>')
    w("</article>")
    w('<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on this story</h2><ol class="comment-list">')
    for who, iso, txt in (("Somchai K.", "2025-12-01T10:14:00+07:00", "The fee is fine but fix the taxis first."),
                          ("expat_in_kata", "2025-12-01T11:52:00+07:00", "Kata is half empty this week. Never seen it like this in December."),
                          ("Lars Øberg", "2025-12-02T07:03:00+07:00", "Flights from Oslo are full every winter, good news if they come back.")):
        day = int(iso[8:10])
        w(f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{e(who)}</b> '
          f'<time datetime="{iso}">December {day}, 2025 at {int(iso[11:13]) % 12 or 12}:{iso[14:16]} {"am" if int(iso[11:13]) < 12 else "pm"}</time></footer>'
          f'<div class="comment-content"><p>{e(txt)}</p></div></article></li>')
    w("</ol></div>")
    w("</main></div>")
    w('<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Latest</h2><ul>'
      '<li><a href="/baht-firms-as-exports-beat-forecasts/">Baht firms as exports beat forecasts</a> <span class="post-date">November 30, 2025</span></li>'
      '<li><a href="/songkran-dates-confirmed/">Songkran 2026 holiday dates confirmed</a> <span class="post-date">November 29, 2025</span></li>'
      "</ul></section></aside>")
    w("</div>")
    w(f'<footer id="colophon" class="site-footer"><div class="site-info">© {y} Andaman Post Co., Ltd. Proudly powered by WordPress.</div></footer>')
    w("</div>")
    w("<script src='/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=13.2' id='sharing-js-js'></script>")
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------ 905: NITF
def x(s):
    return html.escape(s, quote=False)


def nitf(src, fname):
    y, m, d = dparts(src["published"])
    title = src["title"]
    lead = src["lead_caption"]
    sid = os.path.splitext(fname)[0]
    out = []
    w = out.append
    w('<?xml version="1.0" encoding="UTF-8"?>')
    w('<!DOCTYPE nitf SYSTEM "http://www.nitf.org/IPTC/NITF/3.6/specification/dtd/nitf-3-6.dtd">')
    w('<nitf version="-//IPTC//DTD NITF 3.6//EN" change.date="October 18, 2012" change.time="19:30" baselang="en-US">')
    w("  <head>")
    w(f"    <title>{x(title)}</title>")
    w('    <meta name="publication" content="The Japan Times"/>')
    w('    <meta name="section" content="Asia Pacific"/>')
    w('    <meta name="wordcount" content="%d"/>' % len(" ".join(src["paragraphs"]).split()))
    w("    <tobject tobject.type=\"news\"><tobject.subject tobject.subject.refnum=\"02001000\" tobject.subject.matter=\"crime, law and justice\"/></tobject>")
    w("    <docdata management-status=\"usable\">")
    w(f'      <doc-id id-string="JT-{y}{m:02d}{d:02d}-{sid[4:12]}" regsrc="JT"/>')
    w('      <urgency ed-urg="5"/>')
    w(f'      <date.issue norm="{y}{m:02d}{d:02d}T091500+0900"/>')
    w(f'      <date.release norm="{y}{m:02d}{d:02d}T093000+0900"/>')
    w(f'      <date.expire norm="{y + 1}{m:02d}{d:02d}T000000+0900"/>')
    w(f'      <doc.copyright year="{y}" holder="The Japan Times"/>')
    w("      <identified-content>")
    w("        <org idsrc=\"jt\" value=\"daesan\">Daesan Group</org>")
    w("        <location-code idsrc=\"iso3166\" code=\"KR\"/>")
    w("      </identified-content>")
    w('      <key-list><keyword key="South Korea"/><keyword key="corporate crime"/><keyword key="courts"/></key-list>')
    w("    </docdata>")
    w(f'    <pubdata type="web" position.section="Asia Pacific" position.sequence="4" date.publication="{y}{m:02d}{d:02d}T091500+0900"/>')
    w("  </head>")
    w("  <body>")
    w("    <body.head>")
    w("      <hedline>")
    w(f"        <hl1>{x(title)}</hl1>")
    w("        <hl2>Appeals court overturns 2023 acquittal and orders ex-chairman into custody; defense to appeal</hl2>")
    w("      </hedline>")
    people = " and ".join(f"<person>{x(n)}</person>" for n in src["authors"])
    w(f"      <byline>By {people}, <byttl>Staff Writers</byttl></byline>")
    w(f'      <dateline><location><city>Seoul</city></location>, <story.date norm="{y}{m:02d}{d:02d}">{MONTHS[m - 1]} {d}, {y}</story.date></dateline>')
    w("      <abstract>")
    w("        <p>A Seoul appeals court sentences the former head of the Daesan Group to four years for inflating a shipbuilding unit's revenue.</p>")
    w("      </abstract>")
    w("    </body.head>")
    w("    <body.content>")
    w('      <media media-type="image" class="lead">')
    w(f'        <media-reference mime-type="image/jpeg" source="https://www.japantimes.co.jp/uploads/imported_images/{y}/{m:02d}/yoon-lead.jpg" width="1200" height="800"/>')
    w(f"        <media-caption>{x(lead['text'])}</media-caption>")
    w(f"        <media-producer>{x(lead['credit'])}</media-producer>")
    w("      </media>")
    w("      <block>")
    for kind, it in body_items(src):
        if kind == "p":
            w(f"        <p>{x(it)}</p>")
        elif kind == "cap":
            w("      </block>")
            w('      <media media-type="image">')
            w('        <media-reference mime-type="image/jpeg" source="inline.jpg"/>')
            w(f"        <media-caption>{x(it['text'])}</media-caption>")
            w(f"        <media-producer>{x(it['credit'])}</media-producer>")
            w("      </media>")
            w("      <block>")
    w("      </block>")
    w("    </body.content>")
    w("    <body.end>")
    w(f"      <tagline>© {y} The Japan Times. Seo Ji-hyun reported from Seoul; David Mercer contributed from Tokyo.</tagline>")
    w("    </body.end>")
    w("  </body>")
    w("</nitf>")
    return "\n".join(out) + "\n"


def main(argv):
    check = "--check" in argv
    stale = []
    srcdir = os.path.join(HERE, "src")
    for fn in sorted(os.listdir(srcdir)):
        if not fn.endswith(".json"):
            continue
        with open(os.path.join(srcdir, fn), encoding="utf-8") as f:
            src = json.load(f)
        for v in src.get("variants", []):
            if v.endswith(".html"):
                text = {"802": page_wire, "810": page_wordpress}[v[:3]](src, v)
                path = os.path.join(HERE, "html", v)
            else:
                text = nitf(src, v)
                path = os.path.join(HERE, "xml", v)
            old = None
            if os.path.exists(path):
                with open(path, encoding="utf-8") as f:
                    old = f.read()
            if old != text:
                stale.append(path)
                if not check:
                    os.makedirs(os.path.dirname(path), exist_ok=True)
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(text)
    if check and stale:
        print("stale: " + " ".join(os.path.relpath(p, HERE) for p in stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
