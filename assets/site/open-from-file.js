// Opened from a file:// address (a USB stick, a downloaded folder), the hosted page cannot run: the
// browser refuses its module scripts there. The folder also holds the whole game as one file that can;
// go to it, keeping the level or lesson asked for. A classic script, so it runs where modules cannot.
if (location.protocol === 'file:') {
  location.replace('synaptica-offline.html' + location.search + location.hash);
}
