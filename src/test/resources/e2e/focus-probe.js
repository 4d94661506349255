function deepActive(){let a=document.activeElement;while(a&&a.shadowRoot&&a.shadowRoot.activeElement)a=a.shadowRoot.activeElement;return a;}
const el=deepActive();
if(!el) return null;
const chain=[];let e=el;let vis=false;let why='';
for(let i=0;i<8&&e;i++){
  if(e.nodeType===1){
    chain.push(e.localName+(e.id?'#'+e.id:'')+(e.className&&typeof e.className==='string'?'.'+e.className.split(' ').join('.'):''));
    if(!vis && e.hasAttribute('focus-ring')){vis=true;why='focus-ring on '+e.localName;}
  }
  e = (e.parentNode && e.parentNode instanceof ShadowRoot) ? e.parentNode.host : e.parentElement;
}
if(!vis){
  const cs=getComputedStyle(el);
  if(el.matches(':focus-visible') && cs.outlineStyle!=='none' && parseFloat(cs.outlineWidth)>0){vis=true;why='outline '+cs.outlineStyle;}
}
if(!vis && el.matches(':focus-visible')){
  const cs=getComputedStyle(el);
  if(cs.boxShadow&&cs.boxShadow!=='none'){vis=true;why='box-shadow';}
}
if(!vis){
  for(const p of ['::before','::after']){const cs=getComputedStyle(el,p); if(cs.boxShadow&&cs.boxShadow!=='none'){vis=true;why='box-shadow '+p;break;}}
}
let cellText=null;
if(el.localName==='td'||el.localName==='th'){const sl=el.querySelector('slot'); if(sl){cellText=sl.assignedElements({flatten:true}).map(n=>n.innerText).join(' ').trim();}}
const host = el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null;
const text = cellText!==null ? cellText.slice(0,60) : ((el.innerText||'').trim() || (host&&host.innerText||'').trim() || el.getAttribute('aria-label')||'').slice(0,60);
return {tag: el.localName, chain: chain.join(' < '), visible: vis, why: why, text: text};
