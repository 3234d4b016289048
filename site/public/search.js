// Pagefind search for /sok/ and /en/search/: loads the index for the page's language on demand.
const form = document.getElementById('search-form')
const input = document.getElementById('q')
const status = document.getElementById('search-status')
const results = document.getElementById('search-results')
let pagefind

async function search(term) {
  pagefind ??= await import('/pagefind/pagefind.js')
  const found = await pagefind.search(term)
  const items = await Promise.all(found.results.slice(0, 20).map((r) => r.data()))
  results.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement('li')
      const a = document.createElement('a')
      a.href = item.url
      a.textContent = item.meta?.title ?? item.url
      const p = document.createElement('p')
      p.className = 'meta'
      p.innerHTML = item.excerpt // Pagefind escapes the text and marks hits with <mark>
      li.append(a, p)
      return li
    }),
  )
  status.textContent = items.length ? `${found.results.length} ${form.dataset.found}` : form.dataset.noResults
}

form.addEventListener('submit', (event) => {
  event.preventDefault()
  const term = input.value.trim()
  if (!term) return
  const url = new URL(location.href)
  url.searchParams.set('q', term)
  history.replaceState(null, '', url)
  search(term)
})

const initial = new URL(location.href).searchParams.get('q')
if (initial) {
  input.value = initial
  search(initial)
}
