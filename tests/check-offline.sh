#!/bin/sh
# check-offline.sh EXE MANIFEST: Llwybr has no way to reach a network.
#
# Portfolios hold what TAs write about pupils; nothing leaves the machine
# unless the user sends it. The executable (with the core linked in)
# imports no socket, name lookup or HTTP function, links no HTTP library,
# and the Flatpak is not given the network.
set -eu
exe=$1 manifest=$2

echo "1..3"

found=$(nm -D --undefined-only "$exe" |
        grep -Ew 'socket|connect|getaddrinfo|gethostbyname|sendto|recvfrom|g_socket_[a-z_]+|g_socket_client_[a-z_]+|g_resolver_[a-z_]+|g_network_[a-z_]+|g_dbus_connection_new_for_address[a-z_]*|soup_[a-z_]+|curl_[a-z_]+' || true)
if [ -z "$found" ]; then
  echo "ok 1 the executable imports no network function"
else
  echo "not ok 1 the executable imports network functions:"; echo "$found" | sed 's/^/# /'
fi

libs=$(ldd "$exe" | grep -Ei 'libsoup|libcurl|libwebkit|libgnutls-openssl|libssl' || true)
if [ -z "$libs" ]; then
  echo "ok 2 no HTTP or TLS library is linked"
else
  echo "not ok 2 linked:"; echo "$libs" | sed 's/^/# /'
fi

if grep -q -- '--share=network' "$manifest"; then
  echo "not ok 3 the Flatpak manifest shares the network"
else
  echo "ok 3 the Flatpak manifest does not share the network"
fi
