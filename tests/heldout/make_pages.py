#!/usr/bin/env python3
"""Write the clean web-page (html/) and NITF (xml/) versions of some held-out
articles from src/NAME.json; deterministic.

usage: make_pages.py [--check]

Each source's "variants" names the files to write: NNN_*.html is a saved news
page (one of three page templates, chosen by the number), NNN_*.xml is NITF 3.x.
The article text is the clean text of the source (soft hyphens dropped); the
page furniture (navigation, share bar, related links, sidebars, footer) is
boilerplate that must not end up in the article.
"""
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOFT = "\u00ad"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# link-card titles for the in-body related links, by URL
CARD_TITLES = {
    "https://www.japantimes.co.jp/business/2023/02/14/companies/japan-outbound-mergers-record/":
        "Japanese firms’ overseas deals hit record as weak yen fails to deter buyers",
    "https://www.japantimes.co.jp/sports/2023/09/18/soccer/j-league/shonan-thunder-ndlovu-profile/":
        "From Mamelodi to Hiratsuka: The long road of Shonan’s unlikely goal machine",
    "https://www.japantimes.co.jp/business/2024/02/06/tech/kumamoto-chip-cluster-water/":
        "Thirsty chip plants test Kumamoto’s famed groundwater",
}


def e(s):
    return html.escape(s.replace(SOFT, ""), quote=False)


def a(s):
    return html.escape(s.replace(SOFT, ""), quote=True)


def dparts(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return y, m, d


def short_date(iso):
    y, m, d = dparts(iso)
    return f"{SHORT[m - 1]} {d}, {y}"


def slug(title):
    out = []
    for c in title.lower().replace(SOFT, ""):
        out.append(c if c.isalnum() and c.isascii() else "-")
    s = "-".join(x for x in "".join(out).split("-") if x)
    return s[:80].rstrip("-")


def body_items(src):
    """Paragraphs interleaved with inline captions and link cards, in order."""
    caps = {}
    for c in src.get("captions", []):
        caps.setdefault(c["after"], []).append(c)
    links = {}
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


# ---------------------------------------------------------------- template A
def page_a(src, fname):
    """A Japan Times style article page (business)."""
    y, m, d = dparts(src["published"])
    url = f"https://www.japantimes.co.jp/business/{y}/{m:02d}/{d:02d}/companies/{slug(src['title'])}/"
    title = src["title"].replace(SOFT, "")
    lead = src["lead_caption"]
    author = src["authors"][0]
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title,
        "image": [f"https://cdn-japantimes.com/wp-content/uploads/{y}/{m:02d}/np_file_{d}0412.jpeg"],
        "datePublished": f"{src['published']}T17:42:00+09:00",
        "dateModified": f"{src['published']}T21:05:00+09:00",
        "author": [{"@type": "Person", "name": author, "url": f"https://www.japantimes.co.jp/author/{slug(author)}/"}],
        "publisher": {"@type": "Organization", "name": "The Japan Times",
                      "logo": {"@type": "ImageObject", "url": "https://www.japantimes.co.jp/theme/jt/assets/images/logo.svg"}},
        "articleSection": "Business",
        "keywords": ["semiconductors", "M&A", "Netherlands", "Hoshino Optics"],
    }
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w('<html lang="en-US" class="no-js">')
    w("<head>")
    w('<meta charset="UTF-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"<title>{e(title)} - The Japan Times</title>")
    w(f'<link rel="canonical" href="{url}">')
    w(f'<meta name="description" content="{a(src["paragraphs"][0][:150])}...">')
    w('<meta property="og:site_name" content="The Japan Times">')
    w('<meta property="og:type" content="article">')
    w(f'<meta property="og:title" content="{a(title)}">')
    w(f'<meta property="og:url" content="{url}">')
    w(f'<meta property="og:description" content="{a(src["paragraphs"][0][:150])}...">')
    w(f'<meta property="og:image" content="{ld["image"][0]}">')
    w(f'<meta property="article:published_time" content="{ld["datePublished"]}">')
    w(f'<meta property="article:modified_time" content="{ld["dateModified"]}">')
    w('<meta property="article:section" content="Business">')
    w('<meta name="twitter:card" content="summary_large_image">')
    w('<meta name="twitter:site" content="@japantimes">')
    w('<link rel="stylesheet" href="https://www.japantimes.co.jp/theme/jt/assets/css/main.min.css?ver=4.12.1" media="all">')
    w('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    w("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'pageType':'article','section':'business','paywall':'metered'});</script>")
    w('<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-KX9Q2T"></script>')
    w("</head>")
    w('<body class="single single-post postid-8842117 jt-business">')
    w('<a class="skip-link screen-reader-text" href="#main">Skip to main content</a>')
    w('<div class="jt-topbar"><div class="container"><ul class="jt-topbar__links">'
      '<li><a href="/subscribe/">Subscribe</a></li><li><a href="/login/">Log in</a></li>'
      '<li><a href="/newsletters/">Newsletters</a></li><li><a href="https://jtimes.jp/jp/">日本語</a></li></ul>'
      f'<span class="jt-topbar__date">{WEEKDAY(src["published"])}, {MONTHS[m - 1]} {d}, {y}</span></div></div>')
    w('<header class="jt-header" role="banner"><div class="container">')
    w('<a class="jt-logo" href="https://www.japantimes.co.jp/"><img src="/theme/jt/assets/images/logo.svg" alt="The Japan Times"></a>')
    w('<nav class="jt-nav" aria-label="Main"><ul>')
    for label, href in (("News", "/news/"), ("Japan", "/news/national/"), ("Asia Pacific", "/news/asia-pacific/"),
                        ("World", "/news/world/"), ("Business", "/business/"), ("Tech", "/business/tech/"),
                        ("Opinion", "/opinion/"), ("Culture", "/culture/"), ("Sports", "/sports/"),
                        ("Podcasts", "/podcasts/"), ("Video", "/videos/")):
        w(f'<li><a href="{href}">{label}</a></li>')
    w("</ul></nav>")
    w('<form class="jt-search" action="/search/" role="search"><input type="search" name="query" placeholder="Search"></form>')
    w("</div></header>")
    w('<div class="jt-breadcrumbs container"><a href="/business/">Business</a> / <a href="/business/companies/">Companies</a></div>')
    w('<main id="main" class="container jt-main"><div class="row">')
    w('<article class="jt-article col-main" itemscope itemtype="https://schema.org/NewsArticle">')
    w('<header class="article-header">')
    w('<div class="article-kicker"><a href="/business/companies/">Companies</a></div>')
    w(f'<h1 class="article-title" itemprop="headline">{e(title)}</h1>')
    w('<div class="article-meta">')
    w(f'<p class="article-byline">by <a rel="author" href="/author/{slug(author)}/" itemprop="author">{e(author)}</a><span class="article-byline__role">Staff writer</span></p>')
    w(f'<p class="article-dates"><time class="publish-date" datetime="{ld["datePublished"]}" itemprop="datePublished">{short_date(src["published"])}</time></p>')
    w("</div>")
    w('<div class="share-bar" aria-label="Share">'
      f'<a class="share share--x" href="https://twitter.com/intent/tweet?url={url}">Share on X</a>'
      f'<a class="share share--fb" href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a>'
      f'<a class="share share--li" href="https://www.linkedin.com/shareArticle?url={url}">LinkedIn</a>'
      '<a class="share share--mail" href="mailto:?subject=From%20The%20Japan%20Times">Email</a>'
      '<button class="share share--copy" type="button">Copy link</button>'
      '<button class="gift-article" type="button">Gift this article</button></div>')
    w("</header>")
    w('<figure class="article-lead-image">')
    w(f'<img src="{ld["image"][0]}" width="1200" height="800" alt="">')
    w(f'<figcaption><span class="caption-text">{e(lead["text"])}</span> | <span class="caption-credit">{e(lead["credit"])}</span></figcaption>')
    w("</figure>")
    w('<div class="article-body" itemprop="articleBody">')
    n_img = 1
    for kind, x in body_items(src):
        if kind == "p":
            w(f"<p>{e(x)}</p>")
        elif kind == "cap":
            n_img += 1
            w('<figure class="wp-block-image size-large">'
              f'<img src="https://cdn-japantimes.com/wp-content/uploads/{y}/{m:02d}/np_file_{d}04{n_img}.jpeg" alt="" loading="lazy">'
              f'<figcaption>{e(x["text"])} | <span class="credit">{e(x["credit"])}</span></figcaption></figure>')
        else:
            w('<aside class="jt-related-card"><a href="' + x + '"><span class="jt-related-card__label">Related</span>'
              f'<span class="jt-related-card__title">{e(CARD_TITLES[x])}</span></a></aside>')
    w("</div>")
    w('<div class="article-tags"><span>Keywords</span> <a href="/tag/semiconductors/">Semiconductors</a>, '
      '<a href="/tag/mergers-and-acquisitions/">Mergers and acquisitions</a>, <a href="/tag/netherlands/">Netherlands</a></div>')
    w('<div class="jt-paywall-note">This could be due to a conflict with your ad-blocking or security software. '
      'Please add japantimes.co.jp and piano.io to your list of allowed sites.</div>')
    w("</article>")
    w('<aside class="col-side"><section class="widget most-read"><h2>Most read</h2><ol>')
    for t, h in (("Bank of Japan keeps yield curve control unchanged after two-day meeting", "/business/2023/06/16/economy/boj-june-meeting/"),
                 ("Toyota shareholders re-elect Akio Toyoda as chairman despite proxy advisers’ opposition", "/business/2023/06/14/corporate/toyota-agm/"),
                 ("Nikkei tops 33,000 for first time since 1990", "/business/2023/06/13/markets/nikkei-33000/"),
                 ("Thailand’s election winner pledges to court Japanese investors", "/news/2023/06/12/asia-pacific/thailand-japan-investment/"),
                 ("Rapidus picks Chitose for 2-nanometer chip fab", "/business/2023/06/09/tech/rapidus-chitose/")):
        w(f'<li><a href="{h}">{e(t)}</a></li>')
    w("</ol></section>")
    w('<section class="widget newsletter"><h2>Sign up for our newsletters</h2><p>Our free newsletters bring the day’s top stories to your inbox every weekday morning.</p>'
      '<form><input type="email" placeholder="Email address"><button>Sign up</button></form></section></aside>')
    w("</div></main>")
    w('<section class="jt-related container"><h2>Related</h2><ul>')
    for t, h in (("Dutch government to widen chip export restrictions from September", "/business/2023/06/30/tech/dutch-chip-export-rules/"),
                 ("Canon unveils nanoimprint lithography tool, takes aim at ASML", "/business/2023/06/05/tech/canon-nanoimprint/"),
                 ("Japan Inc. goes shopping in Europe as valuations cool", "/business/2023/05/22/companies/japan-europe-deals/")):
        w(f'<li><a href="{h}">{e(t)}</a></li>')
    w("</ul></section>")
    w('<footer class="jt-footer" role="contentinfo"><div class="container">')
    w('<ul class="jt-footer__links"><li><a href="/about-us/">About us</a></li><li><a href="/contact-us/">Contact us</a></li>'
      '<li><a href="/privacy-policy/">Privacy policy</a></li><li><a href="/terms-of-service/">Terms of service</a></li>'
      '<li><a href="/advertise/">Advertise</a></li><li><a href="/careers/">Careers</a></li></ul>')
    w(f'<p class="jt-footer__copyright">The Japan Times LTD. All rights reserved. © {y} The Japan Times</p>')
    w("</div></footer>")
    w('<script src="https://www.japantimes.co.jp/theme/jt/assets/js/main.min.js?ver=4.12.1" defer></script>')
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"


def WEEKDAY(iso):
    import datetime
    return datetime.date.fromisoformat(iso).strftime("%A")


# ---------------------------------------------------------------- template B
def page_b(src, fname):
    """A sports page: two authors, cookie banner, ad slots, comments, scripts."""
    y, m, d = dparts(src["published"])
    url = f"https://www.japantimes.co.jp/sports/{y}/{m:02d}/{d:02d}/soccer/j-league/{slug(src['title'])}/"
    title = src["title"].replace(SOFT, "")
    lead = src["lead_caption"]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "url": url,
        "datePublished": f"{src['published']}T08:15:00+09:00",
        "dateModified": f"{src['published']}T11:30:00+09:00",
        "author": [{"@type": "Person", "name": n} for n in src["authors"]],
        "publisher": {"@type": "NewsMediaOrganization", "name": "The Japan Times"},
        "isAccessibleForFree": True,
        "articleSection": "Soccer",
    }
    out = []
    w = out.append
    w("<!doctype html>")
    w('<html lang="en">')
    w("<head>")
    w('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
    w(f"<title>{e(title)} | The Japan Times</title>")
    w(f'<meta property="og:title" content="{a(title)}">')
    w('<meta property="og:type" content="article">')
    w(f'<meta property="og:url" content="{url}">')
    w('<meta property="og:site_name" content="The Japan Times">')
    w(f'<meta property="article:published_time" content="{ld["datePublished"]}">')
    w(f'<meta name="author" content="{a(" and ".join(src["authors"]))}">')
    w('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False, indent=2) + "</script>")
    w('<script type="application/ld+json">' + json.dumps({
        "@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Sports", "item": "https://www.japantimes.co.jp/sports/"},
            {"@type": "ListItem", "position": 2, "name": "Soccer", "item": "https://www.japantimes.co.jp/sports/soccer/"}]},
        ensure_ascii=False) + "</script>")
    w("<style>.ad-slot{min-height:250px}.cookie-banner{position:fixed;bottom:0}</style>")
    w("<script>var googletag=googletag||{};googletag.cmd=googletag.cmd||[];</script>")
    w("</head>")
    w("<body>")
    w('<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience and to show you '
      'personalized ads. By continuing to use this site, you agree to our <a href="/privacy-policy/">privacy policy</a>.</p>'
      '<button>Accept</button><button>Manage settings</button></div>')
    w('<div id="page">')
    w('<header id="masthead"><div class="brand"><a href="/">The Japan Times</a></div>')
    w('<nav id="site-navigation"><ul class="menu">')
    for label in ("Latest", "Japan", "World", "Business", "Opinion", "Life", "Culture", "Sports"):
        w(f'<li class="menu-item"><a href="/{label.lower()}/">{label}</a></li>')
    w("</ul>")
    w('<ul class="submenu sports">')
    for label in ("Baseball", "Sumo", "Soccer", "Rugby", "Basketball", "Tennis", "Figure Skating", "Olympics"):
        w(f'<li><a href="/sports/{label.lower().replace(" ", "-")}/">{label}</a></li>')
    w("</ul></nav></header>")
    w('<div class="ad-slot ad-slot--leaderboard" id="div-gpt-ad-leaderboard"></div>')
    w('<div id="content" class="site-content">')
    w('<div class="post-header">')
    w('<p class="post-category"><a href="/sports/soccer/">Soccer</a></p>')
    w(f'<h1 class="post-title">{e(title)}</h1>')
    names = " and ".join(f'<a class="author-link" href="/author/{slug(n)}/">{e(n)}</a>' for n in src["authors"])
    w(f'<div class="post-byline">By {names}</div>')
    w(f'<div class="post-date"><time datetime="{ld["datePublished"]}">{short_date(src["published"])}</time></div>')
    w('<div class="social-share"><ul>'
      '<li class="share-twitter"><a href="#">Twitter</a></li><li class="share-facebook"><a href="#">Facebook</a></li>'
      '<li class="share-line"><a href="#">LINE</a></li><li class="share-print"><a href="#" onclick="window.print()">Print</a></li>'
      '<li class="comments-count"><a href="#comments">12 comments</a></li></ul></div>')
    w("</div>")
    w('<div class="post-thumbnail"><picture><source type="image/webp" srcset="/uploads/2023/10/thunder-ndlovu.webp">'
      '<img src="/uploads/2023/10/thunder-ndlovu.jpg" alt="Shonan Thunder striker"></picture>'
      f'<p class="wp-caption-text">{e(lead["text"])} | {e(lead["credit"])}</p></div>')
    w('<div class="entry-content">')
    ad = 0
    for i, (kind, x) in enumerate(body_items(src)):
        if kind == "p":
            w(f"<p>{e(x)}</p>")
            if i in (4, 12):
                ad += 1
                w(f'<div class="ad-slot ad-slot--inarticle" id="div-gpt-ad-inarticle-{ad}"><span class="ad-label">Advertisement</span></div>')
        elif kind == "cap":
            w('<div class="wp-caption alignnone"><img src="/uploads/2023/10/redhawks-fujimoto.jpg" alt="">'
              f'<p class="wp-caption-text">{e(x["text"])} | {e(x["credit"])}</p></div>')
        else:
            w(f'<div class="jt-embed-card"><a href="{x}"><div class="jt-embed-card__title">{e(CARD_TITLES[x])}</div>'
              '<div class="jt-embed-card__site">japantimes.co.jp</div></a></div>')
    w("</div>")
    w('<div class="newsletter-inline"><h3>The Japan Times Sports Newsletter</h3><p>Scores, analysis and features, every Monday.</p></div>')
    w('<section class="read-next"><h2>Read next</h2>')
    for t in ("Hanshin Tigers clinch Central League pennant with win over Giants",
              "Brave Blossoms bow out of Rugby World Cup after loss to Argentina in Nantes",
              "Kawasaki Frontale lift Emperor’s Cup for second time after penalty shootout",
              "Thomas Bach says Sapporo 2030 bid remains ‘on the table’"):
        w(f'<article class="teaser"><h3><a href="#">{e(t)}</a></h3></article>')
    w("</section>")
    w('<section id="comments" class="comments-area"><h2>12 comments</h2>'
      '<p class="comments-note">Comments are closed for this article.</p></section>')
    w("</div>")
    w(f'<footer id="colophon"><p>© {y} The Japan Times Ltd. All rights reserved.</p>'
      '<nav><a href="/about-us/">About</a> · <a href="/contact-us/">Contact</a> · <a href="/privacy-policy/">Privacy</a></nav></footer>')
    w("</div>")
    w('<script src="https://securepubads.g.doubleclick.net/tag/js/gpt.js" async></script>')
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- template C
def page_c(src, fname):
    """A tech page as saved by a browser: AMP-like markup, @graph JSON-LD,
    an update note, a trending rail and a long footer."""
    y, m, d = dparts(src["published"])
    url = f"https://www.japantimes.co.jp/business/{y}/{m:02d}/{d:02d}/tech/{slug(src['title'])}/"
    title = src["title"].replace(SOFT, "")
    lead = src["lead_caption"]
    author = src["authors"][0]
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "https://www.japantimes.co.jp/#website", "name": "The Japan Times",
         "url": "https://www.japantimes.co.jp/"},
        {"@type": "WebPage", "@id": url + "#webpage", "url": url, "name": title + " - The Japan Times",
         "isPartOf": {"@id": "https://www.japantimes.co.jp/#website"}},
        {"@type": "Person", "@id": "https://www.japantimes.co.jp/#/schema/person/" + slug(author), "name": author},
        {"@type": "NewsArticle", "@id": url + "#article", "headline": title,
         "author": {"@id": "https://www.japantimes.co.jp/#/schema/person/" + slug(author)},
         "datePublished": f"{src['published']}T14:20:00+09:00",
         "dateModified": "2024-02-15T10:02:00+09:00",
         "mainEntityOfPage": {"@id": url + "#webpage"},
         "publisher": {"@type": "Organization", "name": "The Japan Times"},
         "articleSection": ["Business", "Tech"]},
    ]}
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w(f"<!-- saved from url=({len(url):04d}){url} -->")
    w('<html lang="en" amp="">')
    w("<head>")
    w('<meta charset="utf-8">')
    w(f"<title>{e(title)} - The Japan Times</title>")
    w(f'<link rel="canonical" href="{url}">')
    w('<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">')
    w(f'<meta property="og:title" content="{a(title)} - The Japan Times">')
    w(f'<meta property="og:description" content="{a(src["lead_caption"]["text"])}">')
    w('<meta property="og:type" content="article">')
    w(f'<meta property="article:published_time" content="{src["published"]}T05:20:00+00:00">')
    w('<meta property="article:modified_time" content="2024-02-15T01:02:00+00:00">')
    w('<meta name="parsely-metadata" content="{&quot;section&quot;:&quot;Tech&quot;}">')
    w('<script type="application/ld+json">' + json.dumps(graph, ensure_ascii=False) + "</script>")
    w('<style amp-custom="">body{font-family:Georgia,serif}.rail{width:300px}.update-note{font-style:italic}</style>')
    w('<script async="" src="https://cdn.ampproject.org/v0.js"></script>')
    w("</head>")
    w("<body>")
    w('<amp-analytics type="googleanalytics"><script type="application/json">{"vars":{"account":"UA-1234567-1"}}</script></amp-analytics>')
    w('<div class="header-wrap"><a class="logo" href="https://www.japantimes.co.jp/">The Japan Times</a>'
      '<button class="hamburger" aria-label="Menu">Menu</button>'
      '<div class="header-links"><a href="/subscribe/">Subscribe</a> <a href="/my-account/">My account</a></div></div>')
    w('<nav class="section-nav"><a href="/business/">Business</a> <a href="/business/economy/">Economy</a> '
      '<a href="/business/markets/">Markets</a> <a href="/business/tech/" class="active">Tech</a> '
      '<a href="/business/corporate/">Corporate</a></nav>')
    w('<div class="layout">')
    w('<div class="main-col">')
    w('<div class="article">')
    w('<div class="article-section-label">TECH</div>')
    w(f'<h1 class="headline">{e(title)}</h1>')
    w(f'<div class="byline-block"><span class="by">by</span> <a class="byline-name" href="/author/{slug(author)}/">{e(author).upper()}</a>'
      ' <span class="byline-title">STAFF WRITER</span></div>')
    w(f'<div class="dateline"><time datetime="{src["published"]}T14:20:00+09:00">{short_date(src["published"])}</time>'
      ' <span class="update-note">(Updated Feb 15, 2024)</span></div>')
    w('<div class="share"><a href="#">X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Hatena</a> '
      '<a href="#">Email</a> <a href="#">Gift article</a></div>')
    w('<amp-img src="https://cdn-japantimes.com/wp-content/uploads/2024/02/np_file_hanseong.jpeg" width="1200" height="800" layout="responsive"></amp-img>')
    w(f'<p class="jt-caption">{e(lead["text"])} <span class="jt-credit">| {e(lead["credit"])}</span></p>')
    w('<div class="article-body" id="jtarticle">')
    for kind, x in body_items(src):
        if kind == "p":
            w(f"<p>{e(x)}</p>")
        elif kind == "cap":
            w('<amp-img src="https://cdn-japantimes.com/wp-content/uploads/2024/02/np_file_kikuyo.jpeg" width="1200" height="800" layout="responsive"></amp-img>')
            w(f'<p class="jt-caption">{e(x["text"])} <span class="jt-credit">| {e(x["credit"])}</span></p>')
        else:
            w(f'<div class="link-card"><a href="{x}"><amp-img src="https://cdn-japantimes.com/card.jpg" width="120" height="80"></amp-img>'
              f'<span>{e(CARD_TITLES[x])}</span></a></div>')
    w("</div>")
    w('<div class="subscribe-cta"><p><b>In a time of both misinformation and too much information, quality journalism is more crucial than ever.</b> '
      'By subscribing, you can help us get the story right.</p><a href="/subscribe/">Subscribe now</a></div>')
    w('<div class="keywords">KEYWORDS <a href="/tag/semiconductors/">semiconductors</a>, <a href="/tag/kumamoto/">Kumamoto</a>, '
      '<a href="/tag/south-korea/">South Korea</a>, <a href="/tag/meti/">METI</a></div>')
    w("</div></div>")
    w('<div class="rail"><h3>Trending</h3><ul>')
    for t in ("SoftBank’s Masayoshi Son seeks $100 billion for AI chip venture, sources say",
              "Thailand and Japan agree to boost EV battery cooperation",
              "Nippon Steel’s U.S. Steel bid faces Washington scrutiny",
              "Japan’s economy slips into technical recession, falls behind Germany"):
        w(f'<li><a href="#">{e(t)}</a></li>')
    w("</ul><h3>Podcast</h3><p>Deep Dive: Why chipmakers are flocking to Kyushu</p></div>")
    w("</div>")
    w('<footer class="site-footer"><div class="footer-cols">'
      '<div><h4>The Japan Times</h4><a href="/about-us/">About us</a><br><a href="/contact-us/">Contact us</a><br><a href="/careers/">Careers</a></div>'
      '<div><h4>Subscribe</h4><a href="/subscribe/">Digital</a><br><a href="/subscribe/print/">Print</a><br><a href="/gift/">Gift</a></div>'
      '<div><h4>Media</h4><a href="/jt-alpha/">The Japan Times Alpha</a><br><a href="/cube/">JT Cube</a></div></div>'
      f'<p class="copyright">Copyright © {y} The Japan Times Ltd. All rights reserved.</p></footer>')
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- NITF
def nitf(src, fname, doctype):
    y, m, d = dparts(src["published"])
    title = src["title"].replace(SOFT, "")
    lead = src["lead_caption"]
    sid = os.path.splitext(fname)[0].split("_", 1)[1]
    city = {"301": "BANGKOK", "302": "MANILA"}[fname[:3]]
    sub = {"302": "Dozens remain missing after Tropical Storm Dalisay; Japan sends relief team"}.get(fname[:3])
    out = []
    w = out.append
    w('<?xml version="1.0" encoding="UTF-8"?>')
    if doctype:
        w('<!DOCTYPE nitf PUBLIC "-//IPTC//DTD NITF 3.5//EN" "http://www.iptc.org/std/NITF/3.5/specification/nitf-3-5.dtd">')
    w('<nitf version="-//IPTC//DTD NITF 3.5//EN" change.date="October 2, 2009" change.time="19:30" baselang="en-US">')
    w("  <head>")
    w(f"    <title>{e(title)}</title>")
    w('    <meta name="provider" content="The Japan Times"/>')
    w('    <meta name="section" content="Asia Pacific"/>')
    w(f'    <tobject tobject.type="news"><tobject.subject tobject.subject.refnum="{"11000000" if fname[:3] == "301" else "03000000"}"/></tobject>')
    w("    <docdata>")
    w(f'      <doc-id id-string="JT-{y}{m:02d}{d:02d}-{sid[:8]}" regsrc="JT"/>')
    w('      <urgency ed-urg="4"/>')
    w(f'      <date.issue norm="{y}{m:02d}{d:02d}"/>')
    w(f'      <date.release norm="{y}{m:02d}{d:02d}T{"0930" if fname[:3] == "301" else "1845"}00+0900"/>')
    w(f'      <doc.copyright year="{y}" holder="The Japan Times Ltd."/>')
    w('      <key-list>')
    for k in ({"301": ["critical minerals", "South Korea", "Thailand", "batteries"],
               "302": ["floods", "Mindanao", "Philippines", "disaster relief"]}[fname[:3]]):
        w(f'        <keyword key="{a(k)}"/>')
    w("      </key-list>")
    w("    </docdata>")
    w(f'    <pubdata type="web" name="The Japan Times" date.publication="{y}{m:02d}{d:02d}" ex-ref="https://www.japantimes.co.jp/"/>')
    w("  </head>")
    w("  <body>")
    w("    <body.head>")
    w("      <hedline>")
    w(f"        <hl1>{e(title)}</hl1>")
    if sub:
        w(f"        <hl2>{e(sub)}</hl2>")
    w("      </hedline>")
    for n in src["authors"]:
        w(f"      <byline>By <person>{e(n)}</person>, <byttl>Staff Writer</byttl></byline>")
    w(f'      <dateline><location><city>{city}</city></location> <story.date norm="{y}{m:02d}{d:02d}">{short_date(src["published"])}</story.date></dateline>')
    w("    </body.head>")
    w("    <body.content>")

    def media(c, ref):
        w('      <media media-type="image">')
        w(f'        <media-reference mime-type="image/jpeg" source="{ref}" alternate-text=""/>')
        w(f"        <media-caption>{e(c['text'])}</media-caption>")
        w(f"        <media-producer>{e(c['credit'])}</media-producer>")
        w("      </media>")

    media(lead, f"images/{sid}-01.jpg")
    n = 1
    for kind, x in body_items(src):
        if kind == "p":
            w(f"      <p>{e(x)}</p>")
        elif kind == "cap":
            n += 1
            media(x, f"images/{sid}-{n:02d}.jpg")
        # link cards have no place in a feed
    w("    </body.content>")
    w("    <body.end>")
    w("      <tagline>Copyright The Japan Times. Distributed by JT Syndication.</tagline>")
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
                text = {"201": page_a, "202": page_b, "203": page_c}[v[:3]](src, v)
                path = os.path.join(HERE, "html", v)
            else:
                text = nitf(src, v, doctype=v.startswith("302"))
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
