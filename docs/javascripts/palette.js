// Material for MkDocs' helpers for what a reader's browser remembers (partials/javascripts/base.html,
// inline in every page's head there; overrides/partials/javascripts/base.html leaves it out): the
// same code, but the site's root, which Material writes into each page ("../.." and the like), is
// the folder above this file's own. Defined before anything that reads them: the theme's scripts
// run after this one (the bundle at the end of the page), and nothing in <head> reads them.
__md_scope=new URL("..",document.currentScript.src),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}};
// Material for MkDocs (partials/javascripts/palette.html), unchanged: the reader's saved light/dark
// choice applied before the page paints. Shared by every page (overrides/partials/javascripts/palette.html).
var palette=__md_get("__palette");if(palette&&palette.color){if("(prefers-color-scheme)"===palette.color.media){var media=matchMedia("(prefers-color-scheme: light)"),input=document.querySelector(media.matches?"[data-md-color-media='(prefers-color-scheme: light)']":"[data-md-color-media='(prefers-color-scheme: dark)']");palette.color.media=input.getAttribute("data-md-color-media"),palette.color.scheme=input.getAttribute("data-md-color-scheme"),palette.color.primary=input.getAttribute("data-md-color-primary"),palette.color.accent=input.getAttribute("data-md-color-accent")}for(var[key,value]of Object.entries(palette.color))document.body.setAttribute("data-md-color-"+key,value)}
