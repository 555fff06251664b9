#!/usr/bin/env python3
"""Write the web-page (html/) and NewsML-G2 (xml/) versions of some heldout2
articles from src/NAME.json; deterministic.

usage: make_pages.py [--check]

Each source's "variants" names the files to write. The templates differ on
purpose from tests/heldout/make_pages.py (JSON-LD pages and NITF there):

  501_*.html  a Next.js-style page: the story is in a __NEXT_DATA__ JSON blob
              and rendered again as visible markup with CSS-module class names
              and React's <!-- --> text separators; og: tags but no JSON-LD
              and no article:published_time
  502_*.html  a regional news page described by schema.org microdata only
              (itemprop headline / author / datePublished / articleBody), no
              JSON-LD, no og:article tags; two "related" NewsArticle items
              with their own microdata follow the main one
  503_*.html  a plain sports site: no JSON-LD, no microdata, no author or date
              meta tags; the author is only in a visible "By ..." line and the
              date only in <time datetime>; other <time> elements sit in a
              sidebar and in the comments
  601_*.xml   NewsML-G2 newsItem: contentMeta headline, two creators, an
              editor as contributor, contentCreated, inline XHTML body with a
              figure
  602_*.xml   NewsML-G2 newsMessage wrapping a newsItem: main and sub
              headline, one creator, a photographer as contributor, inline
              XHTML body with a figure

The article text is the clean text of the source (soft hyphens dropped); the
page furniture is boilerplate that must not end up in the article.
"""
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOFT = "\u00ad"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SHORT = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

CARD_TITLES = {
    "https://www.japantimes.co.jp/business/2023/10/27/economy/zambia-bondholders-restructuring-talks/":
        "Zambia’s talks with bondholders stall as official creditors object to terms",
    "https://www.japantimes.co.jp/news/2023/10/03/world/arizona-saudi-alfalfa-farm-leases/":
        "Arizona ends Saudi-owned farm’s state land leases over groundwater use",
    "https://www.japantimes.co.jp/sports/2023/12/04/more-sports/track-field/kenya-doping-crisis-aiu-testing/":
        "The Kenyan doping crisis deepens as testing expands in Rift Valley camps",
}


def e(s):
    return html.escape(s.replace(SOFT, ""), quote=False)


def a(s):
    return html.escape(s.replace(SOFT, ""), quote=True)


def clean(s):
    return s.replace(SOFT, "")


def dparts(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return y, m, d


def slug(title):
    out = []
    for c in clean(title).lower():
        out.append(c if c.isalnum() and c.isascii() else "-")
    s = "-".join(x for x in "".join(out).split("-") if x)
    return s[:80].rstrip("-")


def body_items(src):
    """Paragraphs interleaved with inline captions and link cards, in order."""
    caps, links = {}, {}
    for c in src.get("captions", []):
        caps.setdefault(c["after"], []).append(c)
    for k in src.get("links", []):
        links.setdefault(k["after"], []).append(k["url"])
    items = []
    for i, p in enumerate(src["paragraphs"]):
        items.append(("p", clean(p)))
        for c in caps.get(i, []):
            items.append(("cap", c))
        for u in links.get(i, []):
            items.append(("link", u))
    return items


# ------------------------------------------------------------ 501: Next.js
def page_next(src, fname):
    y, m, d = dparts(src["published"])
    title = clean(src["title"])
    sl = slug(title)
    url = f"https://www.meridianmarkets.com/africa/{y}/{m:02d}/{d:02d}/{sl}"
    iso = f"{src['published']}T06:41:27.512Z"
    upd = f"{src['published']}T09:03:10.044Z"
    author = src["authors"][0]
    lead = src["lead_caption"]
    blocks = []
    for kind, x in body_items(src):
        if kind == "p":
            blocks.append({"__typename": "ParagraphBlock", "type": "paragraph", "text": x})
        elif kind == "cap":
            blocks.append({"__typename": "ImageBlock", "type": "image",
                           "image": {"url": f"https://img.meridianmarkets.com/{y}/{m:02d}/{sl[:24]}-{len(blocks)}.jpg",
                                     "width": 1600, "height": 1067},
                           "caption": clean(x["text"]), "credit": x["credit"]})
        else:
            blocks.append({"__typename": "RelatedStoryBlock", "type": "related",
                           "story": {"title": CARD_TITLES[x], "url": x, "publishedAt": "2023-10-27T02:15:00.000Z"}})
    data = {
        "props": {
            "pageProps": {
                "story": {
                    "id": "stry_01HPQ8Z4V6" + src["name"][4:12].upper(),
                    "slug": sl,
                    "headline": title,
                    "dek": "Policy rate lifted by 150 basis points; reserve ratio raised as drought and copper slump weigh on currency",
                    "section": {"name": "Africa", "slug": "africa"},
                    "authors": [{"name": author, "slug": slug(author), "role": "Bloomberg"}],
                    "publishedAt": iso,
                    "updatedAt": upd,
                    "leadImage": {"url": f"https://img.meridianmarkets.com/{y}/{m:02d}/{sl[:24]}-lead.jpg",
                                  "caption": clean(lead["text"]), "credit": lead["credit"]},
                    "body": blocks,
                    "tags": ["Zambia", "Central banks", "Currencies", "Copper"],
                    "readingTimeMinutes": 5,
                    "paywall": {"metered": True, "freeArticlesLeft": 2},
                },
                "mostRead": [
                    {"headline": "Ghana’s cedi steadies after IMF approves $600 million tranche",
                     "publishedAt": "2024-02-13T11:20:00.000Z", "url": "/africa/2024/02/13/ghana-cedi-imf-tranche"},
                    {"headline": "Nigeria’s naira hits record low as central bank unifies rates",
                     "publishedAt": "2024-02-09T16:02:00.000Z", "url": "/africa/2024/02/09/naira-record-low"},
                    {"headline": "Copper rallies on Chinese stimulus hopes",
                     "publishedAt": "2024-02-14T08:45:00.000Z", "url": "/markets/2024/02/14/copper-rally-china"},
                ],
                "_sentryTraceData": "4b1f0c2ad7e94f0c8a1d3e55c0b7a912-9e0d4b1c7a2f3e60-1",
            },
            "__N_SSP": True,
        },
        "page": "/[section]/[year]/[month]/[day]/[slug]",
        "query": {"section": "africa", "year": str(y), "month": f"{m:02d}", "day": f"{d:02d}", "slug": sl},
        "buildId": "k8X2vQ9mLr3TnB7cYw1Zd",
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    out = []
    w = out.append
    w('<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>'
      '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
      f'<title>{e(title)} | Meridian Markets</title>'
      f'<meta name="description" content="{a(data["props"]["pageProps"]["story"]["dek"])}"/>'
      f'<meta property="og:title" content="{a(title)}"/>'
      '<meta property="og:type" content="article"/>'
      f'<meta property="og:url" content="{url}"/>'
      f'<meta property="og:image" content="https://img.meridianmarkets.com/{y}/{m:02d}/{sl[:24]}-lead.jpg"/>'
      '<meta property="og:site_name" content="Meridian Markets"/>'
      '<meta name="twitter:card" content="summary_large_image"/>'
      f'<link rel="canonical" href="{url}"/>'
      '<meta name="next-head-count" content="12"/>'
      '<link rel="preload" href="/_next/static/css/9f3c1e2b7a4d5c60.css" as="style"/>'
      '<link rel="stylesheet" href="/_next/static/css/9f3c1e2b7a4d5c60.css" data-n-g=""/>'
      '<noscript data-n-css=""></noscript>'
      '<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>'
      '<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script>'
      '<script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script>'
      '<script src="/_next/static/chunks/main-0b6e5f2a9c1d3e47.js" defer=""></script>'
      '<script src="/_next/static/chunks/pages/%5Bsection%5D/%5Byear%5D/%5Bmonth%5D/%5Bday%5D/%5Bslug%5D-3a1c.js" defer=""></script>'
      '</head>')
    w('<body><div id="__next">')
    w('<div class="Layout_wrapper__Qx2pA">')
    w('<header class="SiteHeader_header__f7KQz"><a class="SiteHeader_logo__m1Yt0" href="/">Meridian Markets</a>'
      '<nav class="SiteHeader_nav__Zr8cL"><a href="/markets">Markets</a><a href="/economy">Economy</a>'
      '<a class="SiteHeader_active__b3XkP" href="/africa">Africa</a><a href="/asia">Asia</a><a href="/commodities">Commodities</a>'
      '<a href="/opinion">Opinion</a></nav><button class="SiteHeader_subscribe__p0LwV">Subscribe</button></header>')
    w('<div class="Ticker_ticker__V9sQe" aria-hidden="true"><span>USD/ZMW 25.41 ▲0.8%</span><span>Copper $8,315 ▼0.2%</span>'
      '<span>JSE All Share 73,120 ▲0.4%</span></div>')
    w('<main class="Layout_main__Yh6cT"><article class="Story_story__dR4nE">')
    w('<div class="Story_kicker__uT7sB"><a href="/africa">Africa</a><span class="Story_dot__s2QwE">·</span><span>Central banks</span></div>')
    w(f'<h1 class="Headline_headline__x1Y2z">{e(title)}</h1>')
    w(f'<p class="Dek_dek__k9Vb3">{e(data["props"]["pageProps"]["story"]["dek"])}</p>')
    w('<div class="Byline_wrap__Lp4sN"><div class="Byline_authors__a8Hh1">By<!-- --> '
      f'<a class="Byline_author__r5TgC" href="/authors/{slug(author)}">{e(author)}</a><!-- -->, <!-- -->'
      '<span class="Byline_role__qQ7xe">Bloomberg</span></div>'
      f'<div class="Byline_meta__Vn0zL"><time datetime="{iso}">{MONTHS[m - 1]} {d}, {y} at 3:41 p.m. GMT+9</time>'
      '<span class="Byline_sep__uF2jD">|</span><span>Updated <!-- -->2<!-- --> hours ago</span>'
      '<span class="Byline_sep__uF2jD">|</span><span>5<!-- --> min read</span></div></div>')
    w('<div class="ShareBar_bar__t2HnM"><button aria-label="Share on X">X</button><button aria-label="Share on LinkedIn">LinkedIn</button>'
      '<button aria-label="Copy link">Copy link</button><button aria-label="Save">Save</button></div>')
    w(f'<figure class="LeadImage_figure__c7RyA"><img alt="" src="https://img.meridianmarkets.com/{y}/{m:02d}/{sl[:24]}-lead.jpg" '
      'width="1600" height="1067" decoding="async" loading="eager"/>'
      f'<figcaption class="LeadImage_caption__pZ3Fq">{e(lead["text"])}<!-- --> <span class="LeadImage_credit__W1eGd">{e(lead["credit"])}</span></figcaption></figure>')
    w('<div class="StoryBody_body__3xK2p">')
    for n, b in enumerate(blocks):
        if b["type"] == "paragraph":
            w(f'<p class="Paragraph_paragraph__kT3mY">{e(b["text"])}</p>')
            if n == 5:
                w('<div class="AdSlot_slot__hJ8tR" data-slot="mid-article-1"><span class="AdSlot_label__oK2cD">Advertisement</span></div>')
        elif b["type"] == "image":
            w(f'<figure class="InlineImage_figure__Qm4bZ"><img alt="" src="{b["image"]["url"]}" width="1600" height="1067" loading="lazy"/>'
              f'<figcaption class="InlineImage_caption__Tz9wS">{e(b["caption"])}<!-- --> <span class="InlineImage_credit__E6nVa">{e(b["credit"])}</span></figcaption></figure>')
        else:
            w(f'<aside class="RelatedCard_card__Hs3Ko"><span class="RelatedCard_label__Xw2lP">Related</span>'
              f'<a href="{b["story"]["url"]}">{e(b["story"]["title"])}</a></aside>')
    w("</div>")
    w('<div class="Paywall_prompt__Nn5sY"><p>You have <!-- -->2<!-- --> free articles left this month.</p>'
      '<a href="/subscribe">Subscribe for unlimited access</a></div>')
    w('<ul class="Tags_tags__mV1sE">' + "".join(f'<li><a href="/tags/{slug(t)}">{e(t)}</a></li>'
                                                 for t in data["props"]["pageProps"]["story"]["tags"]) + "</ul>")
    w("</article>")
    w('<aside class="MostRead_rail__bQ8xT"><h2>Most read</h2><ol>')
    for it in data["props"]["pageProps"]["mostRead"]:
        w(f'<li><a href="{it["url"]}">{e(it["headline"])}</a><time datetime="{it["publishedAt"]}">'
          f'{it["publishedAt"][:10]}</time></li>')
    w("</ol></aside></main>")
    w('<footer class="SiteFooter_footer__Ue5nK"><p>© <!-- -->2024<!-- --> Meridian Markets Ltd. Market data delayed at least 15 minutes.</p>'
      '<nav><a href="/terms">Terms</a><a href="/privacy">Privacy</a><a href="/cookies">Cookie settings</a></nav></footer>')
    w("</div></div>")
    w(f'<script id="__NEXT_DATA__" type="application/json">{blob}</script>')
    w("</body></html>")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------ 502: microdata
def page_microdata(src, fname):
    y, m, d = dparts(src["published"])
    title = clean(src["title"])
    sl = slug(title)
    url = f"https://www.sonorancourier.com/news/state/{sl}/article_{src['name'][4:12]}.html"
    iso = f"{src['published']}T09:14:00-07:00"
    author = src["authors"][0]
    lead = src["lead_caption"]
    out = []
    w = out.append
    w("<!doctype html>")
    w('<html lang="en">')
    w("<head>")
    w('<meta charset="utf-8">')
    w(f"<title>{e(title)} | Sonoran Courier</title>")
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f'<meta name="description" content="{a(clean(src["paragraphs"][0])[10:170])}">')
    w(f'<link rel="canonical" href="{url}">')
    w('<meta property="og:site_name" content="Sonoran Courier">')
    w(f'<meta property="og:title" content="{a(title)}">')
    w('<link rel="stylesheet" href="/static/css/courier.4.2.min.css">')
    w('<script src="/static/js/vendor/jquery-3.7.1.min.js"></script>')
    w("<script>var tncms={region:{id:'news-state'},asset:{type:'article',access:'metered'}};</script>")
    w("</head>")
    w('<body class="asset-article section-news-state">')
    w('<div id="site-top"><div class="weather-widget">Phoenix 91°F Sunny</div>'
      '<a class="logo" href="/">Sonoran Courier</a><div class="top-links"><a href="/subscribe/">Subscribe</a> | <a href="/users/login/">Log in</a> | '
      '<a href="/eedition/">E-edition</a></div></div>')
    w('<nav class="main-nav"><ul><li><a href="/news/">News</a></li><li><a href="/news/local/">Local</a></li>'
      '<li class="active"><a href="/news/state/">State</a></li><li><a href="/sports/">Sports</a></li>'
      '<li><a href="/opinion/">Opinion</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/classifieds/">Classifieds</a></li></ul></nav>')
    w('<ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">'
      '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/news/"><span itemprop="name">News</span></a><meta itemprop="position" content="1"></li>'
      '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/news/state/"><span itemprop="name">State</span></a><meta itemprop="position" content="2"></li>'
      "</ol>")
    w('<div id="main-page-container" class="container">')
    w('<article class="asset" itemscope itemtype="https://schema.org/NewsArticle">')
    w(f'<link itemprop="mainEntityOfPage" href="{url}">')
    w('<header class="asset-header">')
    w('<span class="asset-label">AP</span>')
    w(f'<h1 class="headline"><span class="asset-headline" itemprop="headline">{e(title)}</span></h1>')
    w('<div class="asset-byline"><span class="byline-prefix">By</span> '
      '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
      f'<span itemprop="name">{e(author)}</span></span> <span class="byline-org">Associated Press</span></div>')
    w('<div class="asset-date"><meta itemprop="datePublished" content="' + iso + '">'
      f'<span class="posted">Posted {MONTHS[m - 1][:3]} {d}, {y}</span></div>')
    w('<span itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Sonoran Courier"></span>')
    w("</header>")
    w('<div class="share-tools"><a href="#" class="facebook">Facebook</a> <a href="#" class="twitter">Twitter</a> '
      '<a href="#" class="email">Email</a> <a href="#" class="print">Print</a> <a href="#" class="save">Save</a></div>')
    w('<figure class="photo lead" itemprop="image" itemscope itemtype="https://schema.org/ImageObject">'
      f'<img itemprop="url" src="/content/tncms/assets/v3/editorial/{src["name"][4:8]}/lead.jpg" alt="">'
      f'<figcaption><span class="caption-text" itemprop="caption">{e(lead["text"])}</span> '
      f'<span class="photo-credit">{e(lead["credit"])}</span></figcaption></figure>')
    w('<div class="asset-content subscriber-premium" itemprop="articleBody">')
    for kind, x in body_items(src):
        if kind == "p":
            w(f"<p>{e(x)}</p>")
        elif kind == "cap":
            w('<figure class="photo inline"><img src="/content/tncms/assets/v3/editorial/inline.jpg" alt="">'
              f'<figcaption><span class="caption-text">{e(x["text"])}</span> <span class="photo-credit">{e(x["credit"])}</span></figcaption></figure>')
        else:
            w(f'<div class="related-inline"><strong>RELATED:</strong> <a href="/news/state/{slug(CARD_TITLES[x])}/">{e(CARD_TITLES[x])}</a></div>')
    w("</div>")
    w('<div class="asset-tags">Tags: <a href="/search/?k=groundwater">Groundwater</a>, <a href="/search/?k=legislature">Arizona Legislature</a>, '
      '<a href="/search/?k=agriculture">Agriculture</a></div>')
    w('<p class="copyright">Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p>')
    w("</article>")
    w('<section class="related-stories"><h3>More from State news</h3>')
    for hl, when, who in (("Tucson council approves water rate increase for second straight year", "2025-04-22T17:40:00-07:00", "Marisol Ochoa"),
                          ("Heat season starts early as Phoenix hits 100 degrees in April", "2025-04-19T08:05:00-07:00", "Dwayne Kessler")):
        w('<div class="card" itemscope itemtype="https://schema.org/NewsArticle">'
          f'<h4 itemprop="headline"><a href="/news/state/{slug(hl)}/">{e(hl)}</a></h4>'
          f'<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{e(who)}</span></span> '
          f'<meta itemprop="datePublished" content="{when}"><span class="card-date">{when[:10]}</span></div>')
    w("</section>")
    w('<aside class="sidebar"><div class="promo">Get the Morning Brief in your inbox <a href="/newsletters/">Sign up</a></div>'
      '<div class="ad" id="tncms-region-sidebar-ad"></div></aside>')
    w("</div>")
    w(f'<footer id="site-footer"><p>© {y} Sonoran Courier, Tempe, Ariz. All rights reserved.</p>'
      '<p><a href="/site/terms.html">Terms of Use</a> | <a href="/site/privacy.html">Privacy Policy</a></p></footer>')
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------ 503: visible byline only
def page_plain(src, fname):
    y, m, d = dparts(src["published"])
    title = clean(src["title"])
    sl = slug(title)
    author = src["authors"][0]
    lead = src["lead_caption"]
    out = []
    w = out.append
    w('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    w('<html xmlns="http://www.w3.org/1999/xhtml" lang="en">')
    w("<head>")
    w('<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />')
    w(f"<title>{e(title)} - Trackside Asia</title>")
    w('<meta name="keywords" content="athletics, marathon, doping, Kenya, CAS" />')
    w(f'<meta property="og:title" content="{a(title)}" />')
    w('<meta property="og:type" content="article" />')
    w('<link rel="stylesheet" type="text/css" href="/css/style.css?v=20190412" />')
    w('<script type="text/javascript" src="/js/jquery.cycle.all.js"></script>')
    w("</head>")
    w("<body>")
    w('<div id="wrapper">')
    w('<div id="header"><a href="/"><img src="/images/trackside-logo.png" alt="Trackside Asia" /></a>'
      '<div id="search"><form action="/search.php" method="get"><input type="text" name="q" /><input type="submit" value="Search" /></form></div></div>')
    w('<ul id="menu"><li><a href="/">Home</a></li><li><a href="/road/">Road running</a></li><li><a href="/track/">Track</a></li>'
      '<li><a href="/japan/">Japan</a></li><li><a href="/results/">Results</a></li><li><a href="/calendar/">Race calendar</a></li></ul>')
    w('<div id="content">')
    w('<div class="post">')
    w(f'<h2 class="post-title">{e(title)}</h2>')
    w(f'<p class="byline">By {e(author)}, {e(src["byline"][1])}</p>')
    w(f'<p class="postdate"><time datetime="{src["published"]}T11:05:00+09:00">{MONTHS[m - 1]} {d}, {y}</time>'
      ' &middot; <a href="#comments">4 Comments</a></p>')
    w(f'<div class="wp-caption"><img src="/uploads/{y}/{m:02d}/{sl[:20]}.jpg" alt="" width="620" height="413" />'
      f'<p class="wp-caption-text">{e(lead["text"])} ({e(lead["credit"])})</p></div>')
    w('<div class="entry">')
    for kind, x in body_items(src):
        if kind == "p":
            w(f"<p>{e(x)}</p>")
        elif kind == "cap":
            w(f'<div class="wp-caption"><img src="/uploads/{y}/{m:02d}/inline.jpg" alt="" width="620" height="413" />'
              f'<p class="wp-caption-text">{e(x["text"])} ({e(x["credit"])})</p></div>')
        else:
            w(f'<p class="see-also"><em>See also:</em> <a href="/road/{slug(CARD_TITLES[x])}/">{e(CARD_TITLES[x])}</a></p>')
    w("</div>")
    w('<div class="postmeta">Filed under <a href="/road/">Road running</a>, <a href="/tag/doping/">Doping</a></div>')
    w("</div>")
    w('<div id="comments"><h3>4 Comments</h3>')
    for who, when, txt in (("Kipchumba_fan", "2024-05-21T12:40:00+09:00", "Sad day for Iten. The doctors need to be banned too."),
                           ("osaka_runner", "2024-05-21T13:02:00+09:00", "She was so strong in Nagoya. Hard to believe."),
                           ("M. Otieno", "2024-05-21T15:27:00+09:00", "Four years is the rule. Rules are rules."),
                           ("trackgeek", "2024-05-22T08:11:00+09:00", "Will AIU publish the full award?")):
        w(f'<div class="comment"><p class="comment-author">{e(who)} <time datetime="{when}">{when[:10]} {when[11:16]}</time></p>'
          f"<p>{e(txt)}</p></div>")
    w("</div>")
    w("</div>")
    w('<div id="sidebar"><h3>Latest</h3><ul>')
    for hl, when in (("Yamaguchi sets Japanese record in 10,000 meters at Hokuren meet", "2024-05-19T21:30:00+09:00"),
                     ("Osaka Marathon to cap field at 32,000 in 2025", "2024-05-17T10:00:00+09:00"),
                     ("Ethiopian pair dominate Gifu Seiryu Half Marathon", "2024-04-28T14:55:00+09:00")):
        w(f'<li><a href="/road/{slug(hl)}/">{e(hl)}</a> <time datetime="{when}">{when[:10]}</time></li>')
    w("</ul><h3>Race calendar</h3><p>Hokkaido Marathon, Aug. 25<br />Berlin Marathon, Sept. 29</p></div>")
    w(f'<div id="footer">Copyright &copy; 2009-{y} Trackside Asia. Powered by WordPress.</div>')
    w("</div>")
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------ NewsML-G2
def x(s):
    return html.escape(clean(s), quote=False)


def xa(s):
    return html.escape(clean(s), quote=True)


def xhtml_body(src, title, figure_class):
    out = []
    w = out.append
    w('      <html xmlns="http://www.w3.org/1999/xhtml">')
    w(f"        <head><title>{x(title)}</title></head>")
    w("        <body>")
    lead = src["lead_caption"]
    w(f'          <figure class="{figure_class}"><img src="lead.jpg" alt=""/>'
      f'<figcaption>{x(lead["text"])} <span class="credit">{x(lead["credit"])}</span></figcaption></figure>')
    for kind, it in body_items(src):
        if kind == "p":
            w(f"          <p>{x(it)}</p>")
        elif kind == "cap":
            w(f'          <figure class="{figure_class}"><img src="inline.jpg" alt=""/>'
              f'<figcaption>{x(it["text"])} <span class="credit">{x(it["credit"])}</span></figcaption></figure>')
    w("        </body>")
    w("      </html>")
    return out


def newsml_item(src, fname, indent=""):
    y, m, d = dparts(src["published"])
    title = clean(src["title"])
    sid = os.path.splitext(fname)[0].split("_", 1)[1]
    meta = {
        "601": dict(created=f"{src['published']}T10:05:00+09:00", modified=f"{src['published']}T14:20:00+09:00",
                    city="Muscat", country="Oman", slug="YEMEN-SECURITY/TALKS", medtop="16000000", subj="conflict, war and peace",
                    sub=None, contributor=("editor", "Editing by Miriam Okonkwo"), rights="Reuters",
                    desc="Saudi and Houthi negotiators met in Muscat for the first direct talks in more than a year."),
        "602": dict(created=f"{src['published']}T18:30:00+09:00", modified=f"{src['published']}T19:02:00+09:00",
                    city="Tokyo", country="Japan", slug="HEALTH-DENGUE/VACCINE", medtop="07000000", subj="health",
                    sub="Kisaragi to seek approval in Japan, Vietnam and Indonesia early next year",
                    contributor=("photographer", "Photos by Keisuke Amano"), rights="The Japan Times",
                    desc="A Phase 3 trial of a single-dose dengue vaccine in Vietnam, Thailand and the Philippines."),
    }[fname[:3]]
    out = []
    w = out.append
    ns = ' xmlns="http://iptc.org/std/nar/2006-10-01/"' if not indent else ""
    w(f'{indent}<newsItem{ns} guid="urn:newsml:japantimes.co.jp:{y}{m:02d}{d:02d}:{sid[:12]}" version="3"'
      f' standard="NewsML-G2" standardversion="2.29" conformance="power" xml:lang="en">')
    w(f'{indent}  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>')
    w(f"{indent}  <rightsInfo>")
    w(f'{indent}    <copyrightHolder literal="{meta["rights"]}"/>')
    w(f"{indent}    <copyrightNotice>Copyright {y} {meta['rights']}. All rights reserved.</copyrightNotice>")
    w(f"{indent}  </rightsInfo>")
    w(f"{indent}  <itemMeta>")
    w(f'{indent}    <itemClass qcode="ninat:text"/>')
    w(f'{indent}    <provider literal="The Japan Times"/>')
    w(f"{indent}    <versionCreated>{meta['modified']}</versionCreated>")
    w(f"{indent}    <firstCreated>{meta['created']}</firstCreated>")
    w(f'{indent}    <pubStatus qcode="stat:usable"/>')
    w(f"{indent}    <edNote>Moved on the Asia-Pacific wire. Corrects spelling of Yemeni province in paragraph 3.</edNote>"
      if fname[:3] == "601" else f"{indent}    <edNote>For use in all editions.</edNote>")
    w(f"{indent}  </itemMeta>")
    w(f"{indent}  <contentMeta>")
    w(f'{indent}    <urgency>4</urgency>')
    w(f"{indent}    <contentCreated>{meta['created']}</contentCreated>")
    w(f"{indent}    <contentModified>{meta['modified']}</contentModified>")
    w(f'{indent}    <located type="cptype:city"><name>{meta["city"]}</name><broader type="cptype:country"><name>{meta["country"]}</name></broader></located>')
    for n in src["authors"]:
        w(f'{indent}    <creator role="crol:author"><name>{x(n)}</name></creator>')
    role, who = meta["contributor"]
    w(f'{indent}    <contributor role="crol:{role}"><name>{x(who)}</name></contributor>')
    w(f'{indent}    <subject type="cpnat:abstract" qcode="medtop:{meta["medtop"]}"><name xml:lang="en">{meta["subj"]}</name></subject>')
    w(f'{indent}    <genre qcode="genre:Current"/>')
    w(f"{indent}    <slugline>{meta['slug']}</slugline>")
    w(f'{indent}    <headline role="hlrole:main">{x(title)}</headline>' if meta["sub"] else f"{indent}    <headline>{x(title)}</headline>")
    if meta["sub"]:
        w(f'{indent}    <headline role="hlrole:sub">{x(meta["sub"])}</headline>')
    w(f"{indent}    <dateline>{meta['city'].upper()}</dateline>")
    w(f'{indent}    <description role="drol:summary">{x(meta["desc"])}</description>')
    w(f'{indent}    <language tag="en"/>')
    w(f"{indent}  </contentMeta>")
    w(f"{indent}  <contentSet>")
    w(f'{indent}    <inlineXML contenttype="application/xhtml+xml" wordcount="{len(" ".join(src["paragraphs"]).split())}">')
    for line in xhtml_body(src, title, "photo"):
        w(indent + line)
    w(f"{indent}    </inlineXML>")
    w(f"{indent}  </contentSet>")
    w(f"{indent}</newsItem>")
    return out


def newsml(src, fname):
    out = ['<?xml version="1.0" encoding="UTF-8"?>']
    if fname.startswith("602"):
        y, m, d = dparts(src["published"])
        out.append('<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">')
        out.append("  <header>")
        out.append(f"    <sent>{src['published']}T19:05:12+09:00</sent>")
        out.append("    <sender>japantimes.co.jp</sender>")
        out.append(f"    <transmitId>JT-{y}{m:02d}{d:02d}-0412</transmitId>")
        out.append('    <priority>4</priority>')
        out.append("  </header>")
        out.append("  <itemSet>")
        out.extend(newsml_item(src, fname, indent="    "))
        out.append("  </itemSet>")
        out.append("</newsMessage>")
    else:
        out.extend(newsml_item(src, fname))
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
                text = {"501": page_next, "502": page_microdata, "503": page_plain}[v[:3]](src, v)
                path = os.path.join(HERE, "html", v)
            else:
                text = newsml(src, v)
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
